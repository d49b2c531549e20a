import type { Dictionary } from '../i18n';

type EditorKey =
  | 'toolbarLabel'
  | 'toolSelect'
  | 'toolRect'
  | 'toolPolygon'
  | 'toolDoor'
  | 'toolPan'
  | 'undo'
  | 'redo'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomFit'
  | 'snapStep'
  | 'snapLabel'
  | 'snapStepOption'
  | 'roomName'
  | 'stageLabel'
  | 'legendTitle'
  | 'legend_iso1to4'
  | 'legend_iso5'
  | 'legend_iso6'
  | 'legend_iso7'
  | 'legend_iso8'
  | 'legend_iso9'
  | 'legend_unclassified'
  | 'legend_none'
  | 'scaleBar'
  | 'liveSize'
  | 'dimensionPrompt'
  | 'dimensionInvalid'
  | 'dimensionTooSmall'
  | 'widthM'
  | 'lengthM'
  | 'sizeInvalid'
  | 'msg_selfIntersecting'
  | 'msg_tooFewVertices'
  | 'msg_noWall'
  | 'msg_wallTooShort'
  | 'msg_rectTooSmall'
  | 'msg_polygonHint'
  | 'msg_doorHint'
  | 'badgeFailures'
  | 'badgeCannotEvaluate';

/** Strings of the plan editor (toolbar, canvas labels, inline messages). */
export const editorStrings: Dictionary<EditorKey> = {
  en: {
    toolbarLabel: 'Plan tools',
    toolSelect: 'Select and move (V)',
    toolRect: 'Rectangular room (R)',
    toolPolygon: 'Polygon room (P)',
    toolDoor: 'Door (D)',
    toolPan: 'Pan (H, or hold Space)',
    undo: 'Undo (Ctrl+Z)',
    redo: 'Redo (Ctrl+Y, Ctrl+Shift+Z)',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomFit: 'Fit to content',
    snapStep: 'Grid snap (Alt disables snapping)',
    snapLabel: 'Snap',
    snapStepOption: '{step} mm',
    roomName: 'Room {n}',
    stageLabel: 'Floor plan',
    legendTitle: 'Cleanliness class',
    legend_iso1to4: 'ISO 1–4',
    legend_iso5: 'ISO 5 / Grade A',
    legend_iso6: 'ISO 6 / Grade B',
    legend_iso7: 'ISO 7 / Grade C',
    legend_iso8: 'ISO 8 / Grade D',
    legend_iso9: 'ISO 8.5–9',
    legend_unclassified: 'Not classified (NC)',
    legend_none: 'No class given',
    scaleBar: '{length} m',
    liveSize: '{width} × {length} m · {area} m² · {volume} m³',
    dimensionPrompt: 'Width × length, e.g. 6000x5400 (mm) or 6x5.4 m',
    dimensionInvalid: 'Expected width × length such as 6000x5400 (mm) or 6x5.4 m; found "{text}".',
    dimensionTooSmall: 'Each side must be at least {min} mm; found {width} × {length} mm.',
    widthM: 'Width (m)',
    lengthM: 'Length (m)',
    sizeInvalid: 'Expected a number of metres of at least {min}; found "{text}".',
    msg_selfIntersecting: 'The outline crosses itself. Move or remove a vertex (Backspace) so that edges do not cross.',
    msg_tooFewVertices: 'A room needs at least three vertices.',
    msg_noWall: 'No wall here. Point at a wall between two rooms or an external wall.',
    msg_wallTooShort: 'This wall piece is {length} mm long, shorter than the {width} mm door.',
    msg_rectTooSmall: 'Room not created: each side must be at least {min} mm.',
    msg_polygonHint: 'Click to add vertices; double-click, Enter or click the first vertex to close; Esc cancels.',
    msg_doorHint: 'Point at a wall shared by two rooms, or an external wall, and click to place a {width} mm door.',
    badgeFailures: '{count} failing findings',
    badgeCannotEvaluate: '{count} findings cannot be evaluated',
  },
  'zh-CN': {
    toolbarLabel: '平面图工具',
    toolSelect: '选择和移动 (V)',
    toolRect: '矩形房间 (R)',
    toolPolygon: '多边形房间 (P)',
    toolDoor: '门 (D)',
    toolPan: '平移 (H，或按住空格)',
    undo: '撤销 (Ctrl+Z)',
    redo: '重做 (Ctrl+Y, Ctrl+Shift+Z)',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomFit: '缩放至全部',
    snapStep: '网格捕捉（按住 Alt 不捕捉）',
    snapLabel: '捕捉',
    snapStepOption: '{step} mm',
    roomName: '房间 {n}',
    stageLabel: '平面图',
    legendTitle: '洁净度级别',
    legend_iso1to4: 'ISO 1–4 级',
    legend_iso5: 'ISO 5 级 / A 级',
    legend_iso6: 'ISO 6 级 / B 级',
    legend_iso7: 'ISO 7 级 / C 级',
    legend_iso8: 'ISO 8 级 / D 级',
    legend_iso9: 'ISO 8.5–9 级',
    legend_unclassified: '非洁净区 (NC)',
    legend_none: '未设级别',
    scaleBar: '{length} m',
    liveSize: '{width} × {length} m · {area} m² · {volume} m³',
    dimensionPrompt: '宽 × 长，例如 6000x5400（mm）或 6x5.4（m）',
    dimensionInvalid: '应输入宽 × 长，例如 6000x5400（mm）或 6x5.4（m），实际输入为“{text}”。',
    dimensionTooSmall: '每边至少 {min} mm，实际为 {width} × {length} mm。',
    widthM: '宽 (m)',
    lengthM: '长 (m)',
    sizeInvalid: '应输入不小于 {min} 的米数，实际输入为“{text}”。',
    msg_selfIntersecting: '轮廓自相交。请移动或删除顶点（Backspace），使各边互不相交。',
    msg_tooFewVertices: '房间至少需要三个顶点。',
    msg_noWall: '此处没有墙。请指向两个房间之间的共用墙或外墙。',
    msg_wallTooShort: '这段墙长 {length} mm，短于 {width} mm 的门宽。',
    msg_rectTooSmall: '未创建房间：每边至少 {min} mm。',
    msg_polygonHint: '单击添加顶点；双击、按 Enter 或单击第一个顶点闭合；Esc 取消。',
    msg_doorHint: '指向两个房间的共用墙或外墙，单击放置 {width} mm 宽的门。',
    badgeFailures: '{count} 项不符合',
    badgeCannotEvaluate: '{count} 项无法判定',
  },
};

export type EditorStringKey = EditorKey;
