import { type FaultRule, isStreamOnly, type StoredFault } from "./fault-rule";

/**
 * The faults waiting to be applied, in the order they were posted. Each model call takes at most
 * one: the first rule that matches its model id (and, for a stream-only rule, that streams),
 * whose count then goes down by one.
 */
export class FaultPlan {
  private readonly pending: StoredFault[] = [];
  private nextNumber = 1;

  add(rule: FaultRule): StoredFault {
    const stored: StoredFault = { ...rule, id: `fault-${this.nextNumber++}`, remaining: rule.count };
    this.pending.push(stored);
    return { ...stored };
  }

  /** The fault for a call to `modelId`, used up by this call; undefined when none applies. */
  takeFor(
    modelId: string,
    { streaming, corruptible = false }: { streaming: boolean; corruptible?: boolean } = { streaming: false },
  ): StoredFault | undefined {
    // A rule waits for a call it can act on: stream faults for a stream, a corrupt body for InvokeModel.
    const index = this.pending.findIndex(
      (rule) =>
        (rule.modelId === undefined || rule.modelId === modelId) &&
        (streaming || !isStreamOnly(rule)) &&
        (corruptible || rule.corruptBody === undefined),
    );
    if (index === -1) return undefined;
    const rule = this.pending[index];
    rule.remaining -= 1;
    if (rule.remaining === 0) this.pending.splice(index, 1);
    return { ...rule };
  }

  list(): StoredFault[] {
    return this.pending.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.pending.length = 0;
  }
}
