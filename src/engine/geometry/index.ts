export { polygonAreaM2, polygonCentroid, polygonBounds, isSimplePolygon, type BoundsMm } from './polygon';
export { sharedWallSegments, exteriorWallSegments, type WallSegment, type Outline } from './walls';
