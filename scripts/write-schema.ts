import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { printGatewaySchema } from "../src/schema/print-schema";

const target = join(__dirname, "..", "schema.graphql");
writeFileSync(target, printGatewaySchema());
console.log(`Wrote ${target}`);
