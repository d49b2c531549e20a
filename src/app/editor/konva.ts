/**
 * The react-konva components the editor uses, on Konva's core build. The plain `react-konva`
 * entry imports every Konva shape and filter, so registering only the shapes drawn here keeps the
 * initial bundle within its size budget. Add the shape's module below before using another
 * react-konva component. The Transformer is registered by SelectionTransformer, which loads lazily.
 */
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Line';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';

export { Circle, Group, Layer, Line, Rect, Shape, Stage, Text } from 'react-konva/lib/ReactKonvaCore';
