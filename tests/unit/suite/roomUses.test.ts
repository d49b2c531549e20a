import { describe, expect, it } from 'vitest';
import { RuleDataError } from '../../../src/engine/rules/validate';
import { loadRoomUseVocabulary, resolveRoomUse, roomUseVocabulary, useHasRole } from '../../../src/engine/suite/roomUses';

const label = { en: 'x', 'zh-CN': 'x' };

describe('room-use vocabulary', () => {
  it('loads the shipped file', () => {
    const vocabulary = roomUseVocabulary();
    expect(vocabulary.uses.length).toBeGreaterThan(30);
  });

  it('keeps the ids stored by earlier versions', () => {
    for (const id of ['airlock', 'corridor', 'gowning', 'production', 'storage', 'auxiliary', 'operating-room', 'laboratory', 'other', 'buffer']) {
      expect(resolveRoomUse(id)?.id, id).toBe(id);
    }
  });

  it.each([
    ['气闸', 'airlock'],
    ['缓冲间', 'buffer'],
    ['一更', 'gowning-1'],
    ['二更', 'gowning-2'],
    ['风淋室', 'air-shower'],
    ['传递窗', 'pass-box'],
    ['洁净走廊', 'clean-corridor'],
    ['污物走廊', 'dirty-corridor'],
    ['灌装间', 'filling'],
    ['清洗间', 'washing'],
    ['培养基配制间', 'media-preparation'],
    ['无菌室', 'aseptic'],
    ['手术室', 'operating-room'],
    ['  Clean   Corridor ', 'clean-corridor'],
    ['Pass-Through', 'pass-box'],
    ['ＯＲ', 'operating-room'],
  ])('maps %s to %s', (text, id) => {
    expect(resolveRoomUse(text)?.id).toBe(id);
  });

  it('leaves free text and empty text unresolved', () => {
    expect(resolveRoomUse('冷冻干燥机房')).toBeNull();
    expect(resolveRoomUse('   ')).toBeNull();
    expect(resolveRoomUse(null)).toBeNull();
  });

  it('gives the suite rules their roles', () => {
    expect(useHasRole('buffer', 'airlock')).toBe(true);
    expect(useHasRole('gowning-2', 'personnel-entry')).toBe(true);
    expect(useHasRole('pass-box', 'material-entry')).toBe(true);
    expect(useHasRole('corridor', 'airlock')).toBe(false);
    expect(useHasRole('dirty-corridor', 'non-clean-circulation')).toBe(true);
    expect(useHasRole('penicillin-type', 'negative-process')).toBe(true);
    expect(useHasRole('free text', 'airlock')).toBe(false);
  });

  it('names every use in both languages', () => {
    for (const use of roomUseVocabulary().uses) {
      expect(use.label.en.trim(), use.id).not.toBe('');
      expect(use.label['zh-CN'].trim(), use.id).not.toBe('');
    }
  });

  it('rejects a synonym shared by two uses', () => {
    const data = {
      uses: [
        { id: 'airlock', label, synonyms: ['缓冲'], roles: ['airlock'] },
        { id: 'buffer', label, synonyms: ['缓冲'], roles: ['airlock'] },
      ],
    };
    expect(() => loadRoomUseVocabulary(data, 'uses.json')).toThrow(RuleDataError);
    expect(() => loadRoomUseVocabulary(data, 'uses.json')).toThrow('uses.json: $.uses[1].synonyms[0]: expected text not already naming the use "airlock", found "缓冲"');
  });

  it('rejects a repeated id', () => {
    const data = { uses: [{ id: 'office', label, synonyms: [], roles: [] }, { id: 'office', label, synonyms: [], roles: [] }] };
    expect(() => loadRoomUseVocabulary(data, 'uses.json')).toThrow('uses.json: $.uses[1].id: expected an id not used by an earlier entry, found "office"');
  });

  it('rejects an unknown role', () => {
    const data = { uses: [{ id: 'office', label, synonyms: [], roles: ['lobby'] }] };
    expect(() => loadRoomUseVocabulary(data, 'uses.json')).toThrow(/uses\.json: \$\.uses\[0\]\.roles\[0\]/);
  });
});
