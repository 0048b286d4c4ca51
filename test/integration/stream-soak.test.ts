import { describeStreamSoak } from "../helpers/stream-soak";

// A leak of one handle or one upstream stream per cycle shows as 100 here; the 1000-cycle soak runs in `npm run test:load`.
describeStreamSoak(100);
