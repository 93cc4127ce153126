/**
 * Why a simulation state from outside was refused: the field (`students[3].path[7]`), what was
 * wrong, and whether the state belongs to another version of its level.
 */

export class SimStateError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    /** True when the state was made for another version of its level (doors, pieces, lights, objectives do not line up). */
    readonly levelChanged = false,
  ) {
    super(`simulation state ${path === '' ? '' : `${path}: `}${reason}`);
    this.name = 'SimStateError';
  }
}
