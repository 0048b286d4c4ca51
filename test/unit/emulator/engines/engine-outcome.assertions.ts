import { type EngineAnswer, type EngineOutcome } from "../../../../src/emulator/engines/engine.types";

/** The answer of a successful outcome; fails the test with the outcome's message otherwise. */
export function answerOf(outcome: EngineOutcome): EngineAnswer {
  if (!outcome.ok) {
    throw new Error(`expected an answer, got ${outcome.exception}: ${outcome.message}`);
  }
  return outcome.answer;
}

/** The response body of a successful outcome, untyped JSON so assertions can reach any field. */
export function bodyOf(outcome: EngineOutcome): any {
  return answerOf(outcome).body;
}

/** The message of a ValidationException outcome; fails the test otherwise. */
export function validationMessageOf(outcome: EngineOutcome): string {
  if (outcome.ok || outcome.exception !== "ValidationException") {
    throw new Error(`expected a ValidationException, got ${JSON.stringify(outcome).slice(0, 200)}`);
  }
  return outcome.message;
}
