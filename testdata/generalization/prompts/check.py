import json,sys,glob,os,re,html
G='/work/main/testdata/generalization/gold/'
D='/work/main/testdata/generalization/docs/'
files=sys.argv[1:] or sorted(glob.glob(G+'B*.gold.json'))
for gf in files:
    g=json.load(open(gf))
    doc=g['document']
    base=os.path.basename(gf)[:-len('.gold.json')]
    if os.path.splitext(doc)[0]!=base: print('NAME MISMATCH',gf,doc)
    raw=open(D+doc).read()
    if doc.endswith('.txt'):
        text=raw.split('\n\n',1)[1]
    elif doc.endswith('.html'):
        m=re.search(r'<article.*?</article>',raw,re.S); text=html.unescape(re.sub(r'<[^>]+>',' ',m.group(0)))
        text=raw if False else text
    else:
        text=raw
    errs=[]
    def chk(s,what):
        if s and s not in text: errs.append(f'{what}: {s!r}')
    pers={p['name'] for p in g['persons']}
    for p in g['persons']:
        chk(p['name'],'person');[chk(a,'person alias') for a in p['aliases']]
    orgs={o['name'] for o in g['organisations']}
    for o in g['organisations']:
        chk(o['name'],'org');[chk(a,'org alias') for a in o['aliases']]
    cts={c['name'] for c in g['countries']}
    for c in g['countries']:
        chk(c['name'],'country (name, may be canonical)');[chk(a,'country alias') for a in c['aliases']]
    for i in g['initiatives']:
        chk(i['name'],'initiative');[chk(a,'init alias') for a in i['aliases']]
    for p in g['positions']:
        chk(p['title'],'title');[chk(a,'title alias') for a in p['title_aliases']]
        if p['person'] not in pers: errs.append('position person not in persons: '+p['person'])
        if p['organisation'] not in orgs|cts: errs.append('position org unknown: '+p['organisation'])
        if p.get('accredited_to') and p['accredited_to'] not in orgs|cts: errs.append('accredited unknown: '+p['accredited_to'])
    for m in g['meetings']:
        chk(m['place'],'place')
        if m['host'] and m['host'] not in pers: errs.append('host unknown '+m['host'])
        if m['host'] and m['host'] not in m['attendees']: errs.append('host not attendee '+m['host'])
        for a in m['attendees']:
            if a not in pers: errs.append('attendee unknown '+a)
    for s in g['statements']:
        chk(s['quote'],'quote')
        if s['speaker'] not in pers: errs.append('speaker unknown '+s['speaker'])
    # persons without anything
    print(os.path.basename(gf), 'OK' if not errs else '')
    for e in errs: print('   ',e)
