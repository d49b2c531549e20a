import { BIOSAFETY_LEVELS, type BiosafetyLevel, type BiosafetyType } from '../../domain/biosafety';
import type { Room } from '../../domain/project';
import { useT } from '../i18n/index';
import { hospitalText } from '../i18n/hospital';
import { useProjectStore } from '../store/projectStore';
import { SelectField } from './fields';

type LevelChoice = BiosafetyLevel | 'none';
type TypeChoice = BiosafetyType | 'none';

/**
 * Biosafety level and laboratory type of a room (GB 50346-2011). The type select appears once a
 * level is chosen, because the GB 50346 pressure figures differ by type.
 */
export function BiosafetyFields({ room }: { readonly room: Room }) {
  const t = useT(hospitalText);
  const updateRoom = useProjectStore((state) => state.updateRoom);
  const biosafety = room.biosafety ?? null;

  const levelOptions: { value: LevelChoice; label: string }[] = [
    { value: 'none', label: t('biosafetyNone') },
    ...BIOSAFETY_LEVELS.map((level) => ({ value: level, label: level })),
  ];
  const typeOptions: { value: TypeChoice; label: string }[] = [
    { value: 'none', label: t('biosafetyTypeNotGiven') },
    { value: 'a', label: t('biosafetyTypeA') },
    { value: 'b1', label: t('biosafetyTypeB1') },
    { value: 'b2', label: t('biosafetyTypeB2') },
  ];

  return (
    <>
      <SelectField<LevelChoice>
        label={t('biosafetyLevel')}
        value={biosafety?.level ?? 'none'}
        options={levelOptions}
        onCommit={(level) => updateRoom(room.id, { biosafety: level === 'none' ? null : { level, type: biosafety?.type ?? null } })}
        testId="room-biosafety-level"
      />
      {biosafety === null ? null : (
        <SelectField<TypeChoice>
          label={t('biosafetyType')}
          value={biosafety.type ?? 'none'}
          options={typeOptions}
          onCommit={(type) => updateRoom(room.id, { biosafety: { level: biosafety.level, type: type === 'none' ? null : type } })}
          testId="room-biosafety-type"
        />
      )}
    </>
  );
}
