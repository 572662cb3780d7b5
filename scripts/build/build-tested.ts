import { currentTestedBuild } from './tested-build';

// npm test builds this beside `npm run build`, on the other core, so the browser tests find it ready.
console.log(`The tested build is ready in ${await currentTestedBuild()}/.`);
