import { readFileSync } from 'node:fs';

const DIR = '/work/shared/seeds';
export const SEED = {
  s001: readFileSync(`${DIR}/001_fc853cc8a657a5d4.txt`, 'utf8'),
  s003: readFileSync(`${DIR}/003_a7f2549b583db1a8.txt`, 'utf8'),
  s004: readFileSync(`${DIR}/004_8ef762bd39961dbd.txt`, 'utf8'),
};
