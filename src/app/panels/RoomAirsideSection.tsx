import type { Room } from '../../domain/project';
import { AirsidePanel } from './AirsidePanel';
import { AirsideRoomFields } from './AirsideRoomFields';

/** Air-side inputs and results of a room, loaded lazily by the room panel as one chunk. */
export default function RoomAirsideSection({ room }: { readonly room: Room }) {
  return (
    <>
      <AirsideRoomFields room={room} />
      <AirsidePanel room={room} />
    </>
  );
}
