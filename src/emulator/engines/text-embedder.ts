import { hashFeatures, type WeightedFeature } from "./feature-hasher";
import { tokenize } from "./tokenizer";

// Adjacent-word pairs make word order count a little, as it does for real embedding models;
// at half weight they sharpen similarity without drowning out the shared words themselves.
const PAIR_WEIGHT = 0.5;

function* wordFeatures(text: string): Generator<WeightedFeature> {
  const words = tokenize(text.toLowerCase());
  for (const word of words) {
    yield [`word:${word}`, 1];
  }
  for (let index = 1; index < words.length; index += 1) {
    yield [`pair:${words[index - 1]} ${words[index]}`, PAIR_WEIGHT];
  }
}

/**
 * An unnormalized embedding of `text`: feature-hashed counts of its lower-cased words and word
 * pairs. Texts that share words get clearly higher cosine similarity than unrelated texts.
 */
export function embedText(text: string, dimensions: number): number[] {
  return hashFeatures(wordFeatures(text), dimensions);
}
