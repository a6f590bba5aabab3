// Sigma draws circles and edges as instanced geometry. Chromium without a GPU (SwiftShader) draws
// instanced geometry one instance at a time: at 2,000 organisations and 10,000 relationships a
// frame took about 400 ms, where the same shaders fed one vertex at a time take about 50 ms
// (`bench:graph`). These are sigma's own programs, unchanged in shaders and looks, with each
// item's attributes written once per vertex followed by that vertex's constant attributes.
import { EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";

type Instanced = {
  ATTRIBUTES: { size: number; type: number }[];
  CONSTANT_ATTRIBUTES: { size: number; type: number }[];
  CONSTANT_DATA: number[][];
};

/** Sigma tells instanced programs by their constant attributes: without them it feeds vertices. */
function perVertexDefinition<D extends Instanced>(def: D): D {
  const perVertex: Partial<D> = { ...def, ATTRIBUTES: [...def.ATTRIBUTES, ...def.CONSTANT_ATTRIBUTES] };
  delete perVertex.CONSTANT_ATTRIBUTES;
  delete perVertex.CONSTANT_DATA;
  return perVertex as D;
}

/** Writes one item: the instanced program's attributes into `scratch`, then once per vertex. */
function spread(target: Float32Array, start: number, scratch: Float32Array, constantData: number[][]) {
  let at = start;
  for (const constants of constantData) {
    target.set(scratch, at);
    at += scratch.length;
    for (const value of constants) target[at++] = value;
  }
}

function itemLength(def: Instanced) {
  // Every attribute sigma uses takes one float slot per component, or one slot for four bytes.
  return def.ATTRIBUTES.reduce((sum, a) => sum + (a.type === WebGLRenderingContext.FLOAT ? a.size : 1), 0);
}

export class PerVertexNodeCircleProgram extends NodeCircleProgram {
  private scratch: Float32Array | null = null;

  getDefinition() {
    return perVertexDefinition(super.getDefinition());
  }

  processVisibleItem(...[nodeIndex, startIndex, data]: Parameters<NodeCircleProgram["processVisibleItem"]>) {
    const def = super.getDefinition();
    this.scratch ??= new Float32Array(itemLength(def));
    const target = this.array;
    this.array = this.scratch;
    super.processVisibleItem(nodeIndex, 0, data);
    this.array = target;
    spread(target, startIndex, this.scratch, def.CONSTANT_DATA);
  }
}

export class PerVertexEdgeRectangleProgram extends EdgeRectangleProgram {
  private scratch: Float32Array | null = null;

  getDefinition() {
    return perVertexDefinition(super.getDefinition());
  }

  processVisibleItem(...[edgeIndex, startIndex, source, target, data]: Parameters<EdgeRectangleProgram["processVisibleItem"]>) {
    const def = super.getDefinition();
    this.scratch ??= new Float32Array(itemLength(def));
    const array = this.array;
    this.array = this.scratch;
    super.processVisibleItem(edgeIndex, 0, source, target, data);
    this.array = array;
    spread(array, startIndex, this.scratch, def.CONSTANT_DATA);
  }
}
