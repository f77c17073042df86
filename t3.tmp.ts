import fs from 'fs'; import path from 'path';
import { storyFeatures } from './lib/story/features';
import { storySimilarity } from './lib/story/similarity';
const sh = path.resolve('../shared');
const docs: {name:string, story:string, text:string}[] = [];
for (const f of fs.readdirSync(sh+'/seeds').filter(f=>f.endsWith('.txt'))) docs.push({name:'seed'+f.slice(0,3), story:'seeds', text: fs.readFileSync(sh+'/seeds/'+f,'utf8')});
for (const s of fs.readdirSync(sh+'/corpus').filter(d=>!d.includes('html')&&!d.includes('.'))) for (const f of fs.readdirSync(sh+'/corpus/'+s).filter(f=>f.endsWith('.txt'))) docs.push({name:s.slice(0,6)+f.slice(0,2), story:s, text: fs.readFileSync(sh+'/corpus/'+s+'/'+f,'utf8')});
const s001 = docs.find(d=>d.name==='seed001')!.text; const i = s001.indexOf('الكرملين يحذر من');
docs.push({name:'plane', story:'plane', text: s001.slice(i)});
const s002 = docs.find(d=>d.name==='seed002')!.text; docs.push({name:'ticker', story:'ticker', text: s002.split('\n')[0]});
const feats = docs.map(d => ({...storyFeatures(d.text, d.text.split('\n')[0])}));
if (process.argv[2]) docs.forEach((d,k)=>console.log(d.name, feats[k].keywords.join(' '), '|', feats[k].entities.join(' ')));
let minSame=1, maxDiff=0; const bad: string[] = [];
for (let a=0;a<docs.length;a++) for (let b=a+1;b<docs.length;b++) {
  const s = storySimilarity(feats[a], feats[b]);
  const same = docs[a].story===docs[b].story;
  if (same) { if (s<minSame) minSame=s; if (s<0.25) bad.push(`low same ${docs[a].name} ${docs[b].name} ${s.toFixed(3)}`);} else { if (s>maxDiff) maxDiff=s; if (s>0.12) bad.push(`high diff ${docs[a].name} ${docs[b].name} ${s.toFixed(3)}`);}
}
console.log({minSame, maxDiff}); console.log(bad.join('\n'));
import { storySimilarity as _s } from './lib/story/similarity';
import * as S from './lib/story/similarity';
const comp = (S as any).components;
if (comp) {
  const rows: string[] = [];
  for (let a=0;a<docs.length;a++) for (let b=a+1;b<docs.length;b++) {
    const c = comp(feats[a], feats[b]); const same = docs[a].story===docs[b].story;
    rows.push(`${same?"S":"d"} ${_s(feats[a],feats[b]).toFixed(3)} ${c.kw.toFixed(2)} ${c.ent.toFixed(2)} ${c.ev} ${docs[a].name} ${docs[b].name}`);
  }
  fs.writeFileSync('/tmp/comp.txt', rows.join('\n'));
}
