#!/usr/bin/env python3
"""Generates the actor knowledge base read by src/entities/kb.cc.

Inputs (nothing is downloaded):
  data/kb/*.tsv                         lists written by hand for newsgraph (see data/kb/README.md)
  /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json   (Debian package iso-codes)
  /usr/share/libtimezonemap/ui/cities15000.txt                  (libtimezonemap-data: GeoNames)
  /usr/share/wordnet/data.noun, index.*                         (wordnet-base: organisation names)

Output: one UTF-8 TSV file, one record per line, the first column saying what it is:
  E id type name code sector gender country lat lon population flags   an entity
  A id alias                                                           a name of an entity
  R id code sector role start end                                      a dated role (YYYYMMDD)
  D word code plural                                                   demonym / adjective
  T phrase sector role gender                                          role noun (title)
  B phrase sector type                                                 body noun (ministry...)
  M alias code sector                                                  seat of power (metonym)
Entity flags (space-separated): capital, region, place, media, and word (a place one of whose
names is an English word: "Nice", "Turkey"; never matched in lower case).

  gen_kb.py --kb-dir data/kb --out build/generated/kb.tsv [--iso DIR] [--cities FILE]
            [--wordnet DIR]
"""
import argparse
import json
import os
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
ALT_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")


def rows(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            yield line.split('\t')


def col(r, i):
    return r[i].strip() if i < len(r) else ''


def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def clean(s):
    return s.replace('\t', ' ').replace('\n', ' ').strip()


class Out:
    def __init__(self):
        self.lines = []
        self.ids = set()
        self.names = set()  # every alias so far, lower-cased

    def entity(self, eid, typ, name, code, sector, gender='', country='', lat='', lon='', pop='',
               flags='', aliases=()):
        if eid in self.ids:
            return False
        self.ids.add(eid)
        self.lines.append('\t'.join(['E', eid, typ, clean(name), code, sector, gender, country,
                                     lat, lon, pop, flags]))
        self.alias(eid, [name, *aliases])
        return True

    def alias(self, eid, names):
        seen = set()
        for n in names:
            for v in (n, ascii_fold(n)):
                v = clean(v)
                if v and v not in seen:
                    seen.add(v)
                    self.names.add(v.lower())
                    self.lines.append(f'A\t{eid}\t{v}')

    def add(self, *fields):
        self.lines.append('\t'.join(clean(str(x)) for x in fields))


def date(s):
    return s.replace('-', '') if s else ''


# Subdivisions named by a plain English word ("North" in Cameroon, "Central" in Ghana): in
# English text these are directions and adjectives, never the region.
COMMON_WORD_REGIONS = {
    'north', 'south', 'east', 'west', 'central', 'centre', 'center', 'northern', 'southern',
    'eastern', 'western', 'capital', 'coast', 'lakes', 'islands', 'upper', 'lower', 'middle',
    'interior', 'highlands', 'littoral', 'plateau', 'plateaux', 'delta', 'savanes', 'centrale',
    'northwest', 'northeast', 'southwest', 'southeast', 'north-west', 'north-east',
    'south-west', 'south-east', 'far north', 'mountains', 'valley', 'river', 'gulf'}


def subdivision_rows(iso_dir, a2_to_a3):
    """(code, English name, country) of each ISO 3166-2 subdivision worth naming."""
    iso2 = os.path.join(iso_dir, 'iso_3166-2.json')
    if not os.path.exists(iso2):
        return []
    out = []
    with open(iso2, encoding='utf-8') as f:
        for s in json.load(f)['3166-2']:
            name = s['name'].split(' [')[0].split(' (')[0]
            if name.lower() in COMMON_WORD_REGIONS:
                continue
            out.append((s['code'], name, a2_to_a3.get(s['code'].split('-')[0], '')))
    return out


# English function words and name particles that are also GeoNames towns or alternate
# names ("Of" in Turkey, "bin" for Vienna, "von" for Vaughan): in English text they are
# never the place, and a lookup that ignores case would find them in every title phrase
# ("Crown Prince of ...", "Mohammed bin ...", "von der Leyen").
FUNCTION_WORD_NAMES = {
    'of', 'the', 'and', 'or', 'an', 'as', 'is', 'in', 'on', 'at', 'to', 'by', 'we', 'can',
    'than', 'was', 'her', 'she', 'for', 'had', 'yes', 'per', 'san', 'abu', 'bin', 'ben', 'van',
    'von', 'de', 'la', 'le', 'el', 'al', 'den', 'der', 'des', 'du', 'da', 'di', 'do', 'mrs'}


# Countries whose states or provinces are known by name the world over: a town of under
# 400,000 named like one of them is not meant ("Virginia" is the US state, not the town in
# South Africa; "Ontario" the province, not the Californian city).
FAMOUS_REGION_COUNTRIES = {'USA', 'CAN', 'AUS', 'IND', 'BRA', 'MEX', 'DEU', 'CHN'}


def town_limit(other_countries, regional_capital=False):
    """Population under which a city named like a region of these countries is dropped.
    A regional capital is dropped only for the famous regions ("Florida", the Uruguayan
    department capital, is the US state in English news; Toledo stays the Spanish city)."""
    if other_countries & FAMOUS_REGION_COUNTRIES:
        return 400000
    return 100000 if other_countries and not regional_capital else 0


def city_rows(path):
    """The rows of GeoNames cities15000 (at least 15 columns), read once."""
    if not os.path.exists(path):
        return []
    with open(path, encoding='utf-8') as f:
        return [c for c in (line.rstrip('\n').split('\t') for line in f) if len(c) >= 15]


def primary_city_names(cities, a2_to_a3):
    """City name (GeoNames name and ASCII name) -> {country: largest population}."""
    names = {}
    for c in cities:
        a3, pop = a2_to_a3.get(c[8], ''), int(c[14] or 0)
        for n in {c[1], c[2]}:
            by_country = names.setdefault(n, {})
            by_country[a3] = max(by_country.get(a3, 0), pop)
    return names


def long_enough(alt, name):
    """Alternate names of three letters or fewer are abbreviations and transliterations that
    text uses for other things ("Va" for Wa in Ghana is "Va." for Virginia, "Kan" for Caen,
    "Pa" for Chongqing); kept only as the first word of the name ("Rio", "Aix")."""
    return len(alt) > 3 or name.split(' ')[0].split('-')[0] == alt


def max_other(by_country, a3):
    """The largest population among the countries other than a3 (-1: none)."""
    return max((p for c, p in by_country.items() if c != a3), default=-1)


def alt_outweighs(other, pop, capital):
    """Whether a city of population pop keeps an alternate name that is the GeoNames name of a
    city of population other in another country (-1: none): a capital when it is more than
    twice the other ("Washington" for Washington, D.C., not Washington in England); another
    city only when it is more than 20 times the other, since a smaller place named so in its
    own right is what English text means ("Bethlehem" in the West Bank, not Belem in Brazil;
    "Nazareth" in Israel, not Adama in Ethiopia; "Zaragoza" in Spain, not Tijuana)."""
    return other < 0 or (2 * other < pop if capital else 20 * other < pop)


def subdivisions(rows):
    """Subdivision name -> set of the countries that have a subdivision of that name."""
    regions = {}
    for _, name, a3 in rows:
        regions.setdefault(name, set()).add(a3)
    return regions


WORDNET_ORGANIZATION = '08008335'  # organization.n.01 in WordNet 3.0's data.noun
WORDNET_RELIGION = '08081668'  # religion.n.02 (churches, denominations): not skipped names
NAME_PARTICLES = {'of', 'and', 'the', 'for', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', '&'}


def wordnet_lemmas(wn_dir):
    """The lemmas WordNet writes in lower case somewhere (data.noun/verb/adj/adv): English
    words ("army", "labor"), not names ("Mossad")."""
    words = set()
    for pos in ('noun', 'verb', 'adj', 'adv'):
        path = os.path.join(wn_dir, 'data.' + pos)
        if os.path.exists(path):
            with open(path, encoding='latin-1') as f:
                for line in f:
                    if line.startswith(' '):
                        continue
                    p = line.split(' ')
                    words.update(p[4 + 2 * i] for i in range(int(p[3], 16))
                                 if p[4 + 2 * i][:1].islower())
    return words


def wordnet_org_name(lemma, english):
    """The lemma as a name, or '' when it is no proper name of an organisation: every word
    capitalised (but particles), and one word only if it is no English word, no acronym and
    no plural ("Mossad", "Interpol"; not "Army", "Labor", "PAC", "DoD", "Mormons")."""
    name = lemma.replace('_', ' ')
    words = name.split(' ')
    if not words[0][:1].isupper() or any(
            not (w[:1].isupper() or w[:1].isdigit()) and w not in NAME_PARTICLES for w in words):
        return ''
    if len(words) == 1:
        if (name.lower() in english or not name[1:].islower() or name.endswith(('s', '.'))):
            return ''  # a word, an acronym ("PAC", "DoD"), people ("Mormons") or "Ltd."
        return name
    return name


def wordnet_orgs(wn_dir):
    """[[name, alias...]] of the synsets under organization.n.01 (hyponyms and instances)."""
    path = os.path.join(wn_dir, 'data.noun')
    if not os.path.exists(path):
        return []
    lemmas, kids = {}, {}
    with open(path, encoding='latin-1') as f:
        for line in f:
            if line.startswith(' '):
                continue
            p = line.split(' ')
            n = int(p[3], 16)
            lemmas[p[0]] = [p[4 + 2 * i] for i in range(n)]
            k = 5 + 2 * n
            kids[p[0]] = [p[k + 4 * i + 1] for i in range(int(p[k - 1]))
                          if p[k + 4 * i] in ('~', '~i') and p[k + 4 * i + 2] == 'n']
    english = wordnet_lemmas(wn_dir)
    out, seen, stack = [], {WORDNET_RELIGION}, [WORDNET_ORGANIZATION]
    while stack:
        off = stack.pop()
        if off in seen or off not in lemmas:
            continue
        seen.add(off)
        names = [x for x in (wordnet_org_name(l, english) for l in lemmas[off]) if x]
        if names:
            out.append(names)
        stack.extend(reversed(kids[off]))
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--kb-dir', required=True)
    p.add_argument('--out', required=True)
    p.add_argument('--iso', default='/usr/share/iso-codes/json')
    p.add_argument('--cities', default='/usr/share/libtimezonemap/ui/cities15000.txt')
    p.add_argument('--wordnet', default='/usr/share/wordnet')
    a = p.parse_args()
    kb = a.kb_dir
    out = Out()
    # English words (lower-case WordNet lemmas): a place with a name or alias that is one is
    # flagged 'word' ("Nice", "Reading", "Turkey", "Chad"); annotator.cc matches the others in
    # lower case after "in", "to", "from"... ("in kerala", "to baguio").
    english_words = wordnet_lemmas(a.wordnet)

    def is_word(name):  # also plurals ("Cars", an alias of Kars) and folded ("Štore")
        w = ascii_fold(name).lower().replace(' ', '_')
        return (w in english_words or name.lower() in english_words or
                (w.endswith('s') and w[:-1] in english_words) or
                (w.endswith('es') and w[:-2] in english_words))

    def word_flag(flags, names):
        wordy = any(is_word(n) for n in names if n)
        return ' '.join(x for x in (flags, 'word' if wordy else '') if x)
    out.lines.append('# GENERATED BY tools/gen_kb.py from data/kb/*.tsv, iso-codes and GeoNames '
                     'cities15000; DO NOT EDIT.')

    # Countries.
    a2_to_a3 = {}
    extra = {}
    for r in rows(os.path.join(kb, 'country_aliases.tsv')):
        extra.setdefault(col(r, 0), []).extend(x for x in col(r, 1).split('|') if x)
    iso1 = os.path.join(a.iso, 'iso_3166-1.json')
    countries = []
    if os.path.exists(iso1):
        with open(iso1, encoding='utf-8') as f:
            for c in json.load(f)['3166-1']:
                a2_to_a3[c['alpha_2']] = c['alpha_3']
                names = [c.get('common_name', ''), c['name'], c.get('official_name', '')]
                countries.append((c['alpha_3'], names))
    countries.append(('XKX', ['Kosovo']))
    a2_to_a3['XK'] = 'XKX'
    for a3, names in countries:
        names = [n for n in names if n] + extra.get(a3, [])
        primary = extra.get(a3, [names[0]])[0] if a3 in extra else names[0]
        out.entity('country-' + a3.lower(), 'GPE', primary, a3, '', country=a3, aliases=names,
                   flags=word_flag('', [primary, *names]))

    # Organisations and media: orgs.tsv, then orgs_*.tsv (companies, sports, more).
    def listed(prefix):
        return [prefix + '.tsv'] + sorted(
            f for f in os.listdir(kb) if f.startswith(prefix + '_') and f.endswith('.tsv'))
    for r in (r for f in listed('orgs') for r in rows(os.path.join(kb, f))):
        aliases = [x for x in col(r, 2).split('|') if x]
        out.entity(col(r, 0), col(r, 3) or 'ORG', col(r, 1), col(r, 4), col(r, 5), aliases=aliases)
    for r in rows(os.path.join(kb, 'places.tsv')):
        aliases = [x for x in col(r, 2).split('|') if x]
        out.entity(col(r, 0), col(r, 3) or 'LOC', col(r, 1), col(r, 4), '', country=col(r, 4),
                   flags=word_flag('place', [col(r, 1), *aliases]), aliases=aliases)
    for r in (r for f in listed('media') for r in rows(os.path.join(kb, f))):
        aliases = [x for x in col(r, 2).split('|') if x]
        out.entity(col(r, 0), 'ORG', col(r, 1), col(r, 3), 'MED', flags='media', aliases=aliases)

    # People with dated roles.
    people = {}
    people_files = ['people.tsv'] + sorted(
        f for f in os.listdir(kb) if f.startswith('people_') and f.endswith('.tsv'))
    for r in (r for f in people_files for r in rows(os.path.join(kb, f))):
        pid = col(r, 0)
        e = people.setdefault(pid, {'name': col(r, 1), 'aliases': [], 'roles': [],
                                    'gender': col(r, 8)})
        e['aliases'] += [x for x in col(r, 2).split('|') if x and x not in e['aliases']]
        e['roles'].append((col(r, 3), col(r, 4), col(r, 5), date(col(r, 6)), date(col(r, 7))))
    for pid, e in people.items():
        last = max(e['roles'], key=lambda x: x[3])
        out.entity(pid, 'PERSON', e['name'], last[0], last[1], gender=e['gender'],
                   aliases=e['aliases'])
        for code, sector, role, start, end in e['roles']:
            out.add('R', pid, code, sector, role, start, end)

    # Cities (GeoNames): name, ascii name, country, coordinates, population, capital flag.
    # Shown with their English name (city_names.tsv) or the GeoNames name without diacritics.
    english = {(col(r, 0), col(r, 1)): col(r, 2)
               for r in rows(os.path.join(kb, 'city_names.tsv'))}
    # A seat of power is no alternate name of a city in another country ("White House" is
    # also an exonym of Casablanca in GeoNames; "Washington" stays the US capital's).
    seats = {col(r, 0).lower(): col(r, 1) for r in rows(os.path.join(kb, 'metonyms.tsv'))}
    # A small town is not meant when its name is a state or province of another country:
    # "Florida" is the US state, not the town in Colombia; "Kent" the English county. The same
    # holds for alternate names ("Florida" is also a short name of Floridablanca, 252,000).
    subdivision_list = subdivision_rows(a.iso, a2_to_a3)
    regions = subdivisions(subdivision_list)
    # An alternate name is not kept when another country has a city of that name of at least
    # a twentieth of the population (half for a capital; alt_outweighs): "Philadelphia"
    # (Amman's ancient name) is the US city, "Montgomery" (Sahiwal's old name) the capital of
    # Alabama, "Phoenix" not Vacoas in Mauritius, "Bethlehem" not Belem.
    cities = city_rows(a.cities)
    primary = primary_city_names(cities, a2_to_a3)
    # Nor when it is an English word (WordNet writes it in lower case): "City" for the City of
    # London, "Soul" for Seoul, "Lion" for Lyon, "Okay" for Les Cayes.

    def keep_alt(x, c, a3, pop):
        """An alternate name of city row c worth keeping as an alias (see the rules above)."""
        return (ALT_NAME.match(x) and not x.isupper() and x.lower() not in FUNCTION_WORD_NAMES and
                pop >= town_limit(regions.get(x, {a3}) - {a3}) and
                alt_outweighs(max_other(primary.get(x, {}), a3), pop, c[7] == 'PPLC') and
                long_enough(x, c[1]) and
                x.lower() not in english_words and seats.get(x.lower(), a3) == a3)

    for c in cities:
        a3 = a2_to_a3.get(c[8], '')
        flags = 'capital' if c[7] == 'PPLC' else ''
        if c[1].lower() in FUNCTION_WORD_NAMES or c[2].lower() in FUNCTION_WORD_NAMES:
            continue
        aliases = [c[2]]
        pop = int(c[14] or 0)
        if c[7] != 'PPLC' and any(
                pop < town_limit(regions.get(n, {a3}) - {a3}, c[7] == 'PPLA')
                for n in (c[1], c[2])):
            continue
        if pop >= 100000 or c[7] in ('PPLC', 'PPLA'):
            # English and other Latin-script exonyms (Geneva for Genève); no codes.
            aliases += [x for x in c[3].split(',') if keep_alt(x, c, a3, pop)][:40]
        shown = english.get((c[1], a3)) or ascii_fold(c[1])
        if shown != c[1]:
            aliases.insert(0, c[1])
        out.entity('geo-' + c[0], 'GPE', shown, a3, '', country=a3,
                   lat=f'{float(c[4]):.4f}', lon=f'{float(c[5]):.4f}', pop=c[14],
                   flags=word_flag(flags, [shown, *aliases]), aliases=aliases)

    # Subdivisions (iso-codes): states, provinces, regions. Those of the countries whose
    # states are known the world over come first: the knowledge base keeps file order among
    # equals, so "Maryland" is the US state before the Liberian county.
    # region_aliases.tsv adds other names (the AP abbreviations of the US states: "Va.").
    region_aliases = {}
    for r in rows(os.path.join(kb, 'region_aliases.tsv')):
        region_aliases.setdefault(col(r, 0), []).extend(x for x in col(r, 1).split('|') if x)
    for code, name, a3 in sorted(subdivision_list,
                                 key=lambda r: r[2] not in FAMOUS_REGION_COUNTRIES):
        out.entity('iso-' + code.lower(), 'GPE', name, a3, '', country=a3,
                   flags=word_flag('region', [name]), aliases=region_aliases.get(code, []))

    # Organisations named in WordNet (wordnet-base), after everything else: a name the lists
    # above already give (a country, a city, "White House") keeps its entry. No code, no sector.
    for names in wordnet_orgs(a.wordnet):
        names = [n for n in names if n.lower() not in out.names and n.lower() not in seats]
        if names:
            eid = 'wn-' + re.sub(r'[^a-z0-9]+', '-', ascii_fold(names[0]).lower()).strip('-')
            out.entity(eid, 'ORG', names[0], '', '', aliases=names[1:])

    # Word lists.
    for r in rows(os.path.join(kb, 'demonyms.tsv')):
        for w in col(r, 1).split('|'):
            if w:
                out.add('D', w, col(r, 0), 0)
                if ascii_fold(w) != w:
                    out.add('D', ascii_fold(w), col(r, 0), 0)
        for w in col(r, 2).split('|'):
            if w:
                out.add('D', w, col(r, 0), 1)
    for r in rows(os.path.join(kb, 'roles.tsv')):
        out.add('T', col(r, 0), col(r, 1), col(r, 2), col(r, 3))
    for r in rows(os.path.join(kb, 'bodies.tsv')):
        out.add('B', col(r, 0), col(r, 1), col(r, 2) or 'ORG')
    for r in rows(os.path.join(kb, 'metonyms.tsv')):
        out.add('M', col(r, 0), col(r, 1), col(r, 2))

    tmp = a.out + '.tmp'
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out.lines) + '\n')
    os.replace(tmp, a.out)


if __name__ == '__main__':
    main()
