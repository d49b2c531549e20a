import { EMPTY_DESIGN, OUTSIDE, type Door, type Project, type Room } from '../src/domain/project';

/**
 * Build a synthetic facility for benchmarks: a grid of 6 × 5 m rooms, 2.7 m clear height, with
 * a door between every pair of horizontal and vertical neighbours and doors to outdoors along
 * the west wall until `doorCount` is reached. Classes and design values cycle so that every rule
 * path (pass, fail, cannot evaluate) is exercised.
 */
export function generateFacility(roomCount: number, doorCount: number): Project {
  const columns = Math.ceil(Math.sqrt(roomCount * 1.6));
  const widthMm = 6000;
  const lengthMm = 5000;
  const classes = ['ISO 7', 'ISO 8', 'ISO 6', 'NC', 'Grade C', 'ISO 5'];
  const parsed = [
    { kind: 'iso', isoClass: 7 },
    { kind: 'iso', isoClass: 8 },
    { kind: 'iso', isoClass: 6 },
    { kind: 'unclassified' },
    { kind: 'gmp', grade: 'C' },
    { kind: 'iso', isoClass: 5 },
  ] as const;

  const rooms: Room[] = [];
  for (let index = 0; index < roomCount; index++) {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const x = column * widthMm;
    const y = row * lengthMm;
    const variant = index % classes.length;
    rooms.push({
      id: `r${index}`,
      name: `Room ${index + 1}`,
      use: index % 7 === 0 ? 'corridor' : 'production',
      polygon: [
        { x, y },
        { x: x + widthMm, y },
        { x: x + widthMm, y: y + lengthMm },
        { x, y: y + lengthMm },
      ],
      clearHeightM: index % 11 === 0 ? null : 2.7,
      cleanliness: parsed[variant] ?? null,
      classLabel: classes[variant] ?? null,
      airflowPattern: null,
      containment: index % 50 === 0,
      design: {
        ...EMPTY_DESIGN,
        ach: 10 + (index % 40),
        pressurePa: 5 + (index % 6) * 5,
        freshAirM3h: 200,
        exhaustM3h: index % 3 === 0 ? 100 : null,
        occupants: index % 5,
        illuminanceLx: 300,
        noiseDbA: 55 + (index % 12),
        temperatureC: 22,
        rhPct: 50,
      },
    });
  }

  const doors: Door[] = [];
  const addDoor = (roomA: string, roomB: string) => {
    if (doors.length < doorCount) doors.push({ id: `d${doors.length}`, roomA, roomB, position: null, widthMm: 900 });
  };
  for (let index = 0; index < roomCount; index++) {
    const column = index % columns;
    if (column + 1 < columns && index + 1 < roomCount) addDoor(`r${index}`, `r${index + 1}`);
    if (index + columns < roomCount) addDoor(`r${index}`, `r${index + columns}`);
  }
  for (let index = 0; doors.length < doorCount && index < roomCount; index += columns) addDoor(`r${index}`, OUTSIDE);
  for (let index = 0; doors.length < doorCount; index = (index + 1) % roomCount) addDoor(`r${index}`, OUTSIDE);

  return {
    id: 'bench-facility',
    name: `Benchmark facility, ${roomCount} rooms`,
    customerName: 'Benchmark',
    referenceDate: '2026-01-01',
    ruleSetIds: ['iso-14644-1-2015', 'gb-50073-2013', 'china-gmp-2010'],
    rooms,
    doors,
  };
}
