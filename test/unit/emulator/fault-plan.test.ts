import { FaultPlan } from "../../../src/emulator/fault-plan";

describe("the fault plan", () => {
  it("applies a rule to the next `count` calls, then no more", () => {
    const plan = new FaultPlan();
    plan.add({ exception: "ThrottlingException", count: 2 });
    expect(plan.takeFor("m")?.exception).toBe("ThrottlingException");
    expect(plan.takeFor("m")?.remaining).toBe(0);
    expect(plan.takeFor("m")).toBeUndefined();
  });

  it("uses rules in the order they were posted, one per call", () => {
    const plan = new FaultPlan();
    plan.add({ exception: "ThrottlingException", count: 1 });
    plan.add({ exception: "ModelTimeoutException", count: 1 });
    expect(plan.takeFor("m")?.exception).toBe("ThrottlingException");
    expect(plan.takeFor("m")?.exception).toBe("ModelTimeoutException");
    expect(plan.takeFor("m")).toBeUndefined();
  });

  it("applies a rule with a model id only to calls for exactly that model", () => {
    const plan = new FaultPlan();
    plan.add({ exception: "ThrottlingException", count: 1, modelId: "amazon.titan-text-express-v1" });
    plan.add({ latencyMs: 5, count: 1 });
    expect(plan.takeFor("us.amazon.titan-text-express-v1")?.latencyMs).toBe(5);
    expect(plan.takeFor("other")).toBeUndefined();
    expect(plan.takeFor("amazon.titan-text-express-v1")?.exception).toBe("ThrottlingException");
  });

  it("keeps a stream-only rule for a streaming call, letting plain calls pass it by", () => {
    const plan = new FaultPlan();
    plan.add({ streamException: "throttlingException", afterChunks: 1, count: 1 });
    plan.add({ exception: "ThrottlingException", count: 1 });
    expect(plan.takeFor("m")?.exception).toBe("ThrottlingException");
    expect(plan.takeFor("m")).toBeUndefined();
    expect(plan.takeFor("m", { streaming: true })?.streamException).toBe("throttlingException");
  });

  it("gives a streaming call a plain rule too", () => {
    const plan = new FaultPlan();
    plan.add({ latencyMs: 5, count: 1 });
    expect(plan.takeFor("m", { streaming: true })?.latencyMs).toBe(5);
  });

  it("gives each rule an id, lists what is pending and forgets everything on clear", () => {
    const plan = new FaultPlan();
    const first = plan.add({ exception: "ThrottlingException", count: 3 });
    const second = plan.add({ dropConnection: true, count: 1 });
    expect(first.id).not.toBe(second.id);
    plan.takeFor("m");
    expect(plan.list()).toEqual([
      { ...first, remaining: 2 },
      { ...second, remaining: 1 },
    ]);
    plan.clear();
    expect(plan.list()).toEqual([]);
  });

  it("does not let a caller change a stored rule through what it was given", () => {
    const plan = new FaultPlan();
    plan.add({ exception: "ThrottlingException", count: 1 }).remaining = 99;
    plan.list()[0].remaining = 99;
    expect(plan.takeFor("m")?.remaining).toBe(0);
  });
});
