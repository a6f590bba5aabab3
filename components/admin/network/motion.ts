import type Sigma from "sigma";

/** Sigma's own test for a picture in motion: by it, sigma hides edges and labels while moving. */
export function inMotion(renderer: Sigma) {
  const captor = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
}
