/**
 * Finds the strongly connected components with more than one node of a directed graph, in
 * discovery order. `edges[node]` lists the successors of each node. Tarjan's algorithm runs with
 * an explicit stack, so that long chains cannot overflow the call stack.
 */
export function directedCycles(edges: readonly (readonly number[])[]): number[][] {
  const nodeCount = edges.length;
  const order = new Int32Array(nodeCount).fill(-1);
  const lowLink = new Int32Array(nodeCount);
  const onStack = new Uint8Array(nodeCount);
  const stack: number[] = [];
  const cycles: number[][] = [];
  let counter = 0;

  for (let start = 0; start < nodeCount; start++) {
    if (order[start] !== -1) continue;
    const frames: { node: number; edge: number }[] = [{ node: start, edge: 0 }];
    order[start] = lowLink[start] = counter++;
    stack.push(start);
    onStack[start] = 1;

    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const successors = edges[frame.node]!;
      if (frame.edge < successors.length) {
        const next = successors[frame.edge++]!;
        if (order[next] === -1) {
          order[next] = lowLink[next] = counter++;
          stack.push(next);
          onStack[next] = 1;
          frames.push({ node: next, edge: 0 });
        } else if (onStack[next] === 1) {
          lowLink[frame.node] = Math.min(lowLink[frame.node]!, order[next]!);
        }
        continue;
      }

      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) lowLink[parent.node] = Math.min(lowLink[parent.node]!, lowLink[frame.node]!);
      if (lowLink[frame.node] !== order[frame.node]) continue;

      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1) cycles.push(component.reverse());
    }
  }
  return cycles;
}
