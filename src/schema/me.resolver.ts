import { Ctx, Query, Resolver } from "type-graphql";
import { type RequestContext } from "../context";
import { Caller } from "./results/caller.type";
import { CallerLimits } from "./results/caller-limits.type";

@Resolver()
export class MeResolver {
  @Query(() => Caller, { description: "Who you are to this gateway, and which models and limits its policy gives you." })
  me(@Ctx() context: RequestContext): Caller {
    const rights = context.services.rights.of(context.caller);
    const limits = Object.assign(new CallerLimits(), {
      requestsPerMinute: rights.limits.requestsPerMinute ?? null,
      tokensPerMinute: rights.limits.tokensPerMinute ?? null,
      tokensPerDay: rights.limits.tokensPerDay ?? null,
    });
    return Object.assign(new Caller(), { ...rights, limits });
  }
}
