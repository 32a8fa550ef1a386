// Property tests run from a fixed seed so every run (and CI) checks the same cases; set
// FC_SEED to explore others, e.g. FC_SEED=$RANDOM npm run test:unit.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20230322) });
