import * as z from 'zod/mini';
import roomUsesData from '../../../rules/room-uses.json';
import { RuleDataError, parseStrict } from '../rules/validate';

/**
 * Roles of a room on the door graph, as the suite rules read them:
 * - `airlock`: an airlock, buffer, gowning room, air shower or pass box, which may join two grades.
 * - `personnel-entry` / `material-entry`: a step on the personnel (gowning) or material entry path.
 * - `circulation`: a corridor. `clean-circulation` / `non-clean-circulation`: the clean and the
 *   dirty (soiled-goods) corridor of an operating department.
 * - `operating-room`: an operating room.
 * - `micro-washing`, `micro-media`, `micro-work`, `micro-aseptic`: the four zones of a
 *   microbiology QC lab (washing/sterilisation, media preparation, general work, aseptic room).
 * - `negative-process`: a process GB 50457 names as one to hold at negative pressure (dust,
 *   organic solvents, penicillin-type products, pathogens, radioactive drugs).
 */
export const ROOM_USE_ROLES = [
  'airlock',
  'personnel-entry',
  'material-entry',
  'circulation',
  'clean-circulation',
  'non-clean-circulation',
  'operating-room',
  'micro-washing',
  'micro-media',
  'micro-work',
  'micro-aseptic',
  'negative-process',
] as const;
export type RoomUseRole = (typeof ROOM_USE_ROLES)[number];

const localizedText = z.strictObject({ en: z.string().check(z.minLength(1)), 'zh-CN': z.string().check(z.minLength(1)) });

const roomUseSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "clean-corridor"')),
  label: localizedText,
  synonyms: z.array(z.string().check(z.trim(), z.minLength(1))),
  roles: z.array(z.enum(ROOM_USE_ROLES)),
});

export const roomUseVocabularySchema = z.strictObject({
  note: z.optional(z.string().check(z.minLength(1))),
  uses: z.array(roomUseSchema).check(z.minLength(1)),
});

export type RoomUse = z.infer<typeof roomUseSchema>;

/** A loaded vocabulary with its lookup tables. */
export interface RoomUseVocabulary {
  readonly uses: readonly RoomUse[];
  readonly byId: ReadonlyMap<string, RoomUse>;
  /** Every id and synonym, normalised by `normaliseUseText`, to its use. */
  readonly byText: ReadonlyMap<string, RoomUse>;
}

const FILE = 'rules/room-uses.json';

/** Normalises use text for lookups: Unicode NFKC, trimmed, inner whitespace collapsed, lower case. */
export function normaliseUseText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Validates a vocabulary strictly and builds its lookup tables. Throws a RuleDataError naming the
 * JSON path when a file does not match the schema, or when an id or synonym is used twice (two
 * uses sharing a synonym would make imports ambiguous).
 */
export function loadRoomUseVocabulary(data: unknown, file = FILE): RoomUseVocabulary {
  const parsed = parseStrict(roomUseVocabularySchema, data, file);
  const byId = new Map<string, RoomUse>();
  const byText = new Map<string, RoomUse>();

  parsed.uses.forEach((use, index) => {
    if (byId.has(use.id)) {
      throw new RuleDataError(file, `$.uses[${index}].id`, 'an id not used by an earlier entry', JSON.stringify(use.id));
    }
    byId.set(use.id, use);
  });

  parsed.uses.forEach((use, index) => {
    const texts = [use.id, ...use.synonyms];
    texts.forEach((text, textIndex) => {
      const key = normaliseUseText(text);
      const owner = byText.get(key);
      if (owner !== undefined && owner !== use) {
        const path = textIndex === 0 ? `$.uses[${index}].id` : `$.uses[${index}].synonyms[${textIndex - 1}]`;
        throw new RuleDataError(file, path, `text not already naming the use "${owner.id}"`, JSON.stringify(text));
      }
      byText.set(key, use);
    });
  });
  return { uses: parsed.uses, byId, byText };
}

let shipped: RoomUseVocabulary | null = null;

/** Returns the shipped vocabulary (`rules/room-uses.json`), validated on first use. */
export function roomUseVocabulary(): RoomUseVocabulary {
  if (shipped === null) shipped = loadRoomUseVocabulary(roomUsesData);
  return shipped;
}

/** Lookups already made in the shipped vocabulary, by raw text; suite rules ask for the same few uses thousands of times. */
const shippedLookups = new Map<string, RoomUse | null>();
const MAX_SHIPPED_LOOKUPS = 4_096;

function lookUp(use: string, vocabulary: RoomUseVocabulary): RoomUse | null {
  const key = normaliseUseText(use);
  if (key === '') return null;
  return vocabulary.byId.get(key) ?? vocabulary.byText.get(key) ?? null;
}

/** Returns the use a stored `Room.use` value names (an id, or a synonym kept as text), or null for free text and null. */
export function resolveRoomUse(use: string | null, vocabulary?: RoomUseVocabulary): RoomUse | null {
  if (use === null) return null;
  if (vocabulary !== undefined) return lookUp(use, vocabulary);

  let found = shippedLookups.get(use);
  if (found === undefined) {
    found = lookUp(use, roomUseVocabulary());
    // Free text can be anything, so the memo is dropped once it grows past a few thousand entries.
    if (shippedLookups.size >= MAX_SHIPPED_LOOKUPS) shippedLookups.clear();
    shippedLookups.set(use, found);
  }
  return found;
}

/** Returns true when the room's use carries `role`; false for free text, unknown ids and null. */
export function useHasRole(use: string | null, role: RoomUseRole, vocabulary?: RoomUseVocabulary): boolean {
  return resolveRoomUse(use, vocabulary)?.roles.includes(role) ?? false;
}
