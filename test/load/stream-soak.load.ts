import { describeStreamSoak } from "../helpers/stream-soak";

describeStreamSoak(1000);
