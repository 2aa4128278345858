// Serves a generated bench site from its own process, so the crawler under test does not share an event loop
// (or a CPU profile) with the server. Prints the URL as the first line of stdout.
import { serveSite } from '../../checker/demo/static-server';

const site = await serveSite(process.argv[2]!);
process.stdout.write(site.url + '\n');
process.on('SIGTERM', () => void site.close().then(() => process.exit(0)));
