// The bench's Radarr in its own process, as a real Radarr is: its JSON work is not Trailerdeck's.
//   started by bench-connections.ts: answers { url, apiKey } once listening.
import { generateMovies, startArrServer } from '../e2e/support/arr-server';

const count = Number(process.argv[2]);
const radarr = await startArrServer({
  app: 'radarr',
  rootFolders: ['/movies'],
  movies: generateMovies(count, '/movies'),
});
process.send?.({ url: radarr.url, apiKey: radarr.apiKey });
process.on('disconnect', () => void radarr.close().then(() => process.exit(0)));
