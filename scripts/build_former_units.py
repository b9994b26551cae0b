#!/usr/bin/env python3
"""Build ``data/former_units.json``: pre-2025 provinces and districts -> today's province.

On 1 July 2025 Vietnam abolished the district level and merged its 63
provinces into 34 (Resolution 202/2025/QH15; whole provinces were merged).
Old reports still name units that no longer exist ("TP. Dĩ An",
"huyện Thạch Thất", "tỉnh Bình Dương"); search uses this file to map them to
the code of today's province, as used by the installed ``vietnam-provinces``
package (2025.x: 34 provinces, codes such as Hà Nội 1, TP Hồ Chí Minh 79).

Where the old data comes from
-----------------------------
Releases of ``vietnam-provinces`` before 2025 (0.x) bundle the old
provinces -> districts -> wards list. 0.6.0 (data retrieved 2025-01-04) is the
last such list: 63 provinces, 696 districts. Download the wheel without
installing it (it would replace the current package in the venv)::

    .venv/bin/pip download --no-deps -d /tmp/oldvp 'vietnam-provinces<2025'
    unzip -o -q /tmp/oldvp/vietnam_provinces-0.6.0-py3-none-any.whl -d /tmp/oldvp/x

Optionally also fetch an older release (e.g. 0.4.3, data from 2023) whose
districts were renamed, upgraded or merged away before 2025 ("thành phố Huế",
"huyện Hoa Lư", "thị xã Bến Cát", ...); pass it with ``--extra`` and its
districts missing from the main list are added too::

    .venv/bin/pip download --no-deps -d /tmp/oldvp043 'vietnam-provinces==0.4.3'
    unzip -o -q /tmp/oldvp043/*.whl -d /tmp/oldvp043/x

How to run
----------
From the project root::

    .venv/bin/python scripts/build_former_units.py \\
        /tmp/oldvp/x/vietnam_provinces/data/nested-divisions.json \\
        [--extra /tmp/oldvp043/x/vietnam_provinces/data/nested-divisions.json] \\
        [-o data/former_units.json]

A path may also be the ``.whl`` file itself. The old version is read from the
package's ``__init__.py`` or ``*.dist-info/METADATA`` next to the data (or
give ``--old-version``).

The province merge table below (old province -> new code) is checked against
the *installed* (current) ``vietnam-provinces``: the script fails if an old
province is unmapped, a table entry is unused, or a code/name is unknown.

Output (one object per line)::

    {"source": "...",
     "provinces": [{"name": "Bình Dương", "level": "tỉnh", "code": 74,
                    "current_code": 79, "aliases": [...]}, ...],
     "districts": [{"name": "Dĩ An", "level": "thành phố",
                    "old_province": "Bình Dương", "current_code": 79}, ...]}

``code`` is the *old* province code; old and new codes overlap with different
meanings (old Yên Bái is 15, new Lào Cai is 15), so only ``current_code``
refers to today's provinces. Names are NFC, single-spaced, without the
"Tỉnh"/"Thành phố"/"Quận"/... prefix (kept in ``level``). District names keep the source spelling, which mixes old
and new tone placement ("Thuỷ"/"Thủy", "Hoà"/"Hòa"): fold these when matching.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / 'data' / 'former_units.json'
RESOLUTION = 'Resolution 202/2025/QH15'

# New province code -> (new name as in the current package without prefix,
# old provinces merged into it). Names use modern tone placement ("Hòa").
MERGES: dict[int, tuple[str, list[str]]] = {
    1: ('Hà Nội', ['Hà Nội']),
    4: ('Cao Bằng', ['Cao Bằng']),
    8: ('Tuyên Quang', ['Tuyên Quang', 'Hà Giang']),
    11: ('Điện Biên', ['Điện Biên']),
    12: ('Lai Châu', ['Lai Châu']),
    14: ('Sơn La', ['Sơn La']),
    15: ('Lào Cai', ['Lào Cai', 'Yên Bái']),
    19: ('Thái Nguyên', ['Thái Nguyên', 'Bắc Kạn']),
    20: ('Lạng Sơn', ['Lạng Sơn']),
    22: ('Quảng Ninh', ['Quảng Ninh']),
    24: ('Bắc Ninh', ['Bắc Ninh', 'Bắc Giang']),
    25: ('Phú Thọ', ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']),
    31: ('Hải Phòng', ['Hải Phòng', 'Hải Dương']),
    33: ('Hưng Yên', ['Hưng Yên', 'Thái Bình']),
    37: ('Ninh Bình', ['Ninh Bình', 'Hà Nam', 'Nam Định']),
    38: ('Thanh Hóa', ['Thanh Hóa']),
    40: ('Nghệ An', ['Nghệ An']),
    42: ('Hà Tĩnh', ['Hà Tĩnh']),
    44: ('Quảng Trị', ['Quảng Trị', 'Quảng Bình']),
    46: ('Huế', ['Huế']),
    48: ('Đà Nẵng', ['Đà Nẵng', 'Quảng Nam']),
    51: ('Quảng Ngãi', ['Quảng Ngãi', 'Kon Tum']),
    52: ('Gia Lai', ['Gia Lai', 'Bình Định']),
    56: ('Khánh Hòa', ['Khánh Hòa', 'Ninh Thuận']),
    66: ('Đắk Lắk', ['Đắk Lắk', 'Phú Yên']),
    68: ('Lâm Đồng', ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận']),
    75: ('Đồng Nai', ['Đồng Nai', 'Bình Phước']),
    79: ('Hồ Chí Minh', ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']),
    80: ('Tây Ninh', ['Tây Ninh', 'Long An']),
    82: ('Đồng Tháp', ['Đồng Tháp', 'Tiền Giang']),
    86: ('Vĩnh Long', ['Vĩnh Long', 'Bến Tre', 'Trà Vinh']),
    91: ('An Giang', ['An Giang', 'Kiên Giang']),
    92: ('Cần Thơ', ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang']),
    96: ('Cà Mau', ['Cà Mau', 'Bạc Liêu']),
}

# Extra aliases for old provinces (the plain name, the prefixed official name
# and spelling variants are added automatically). Avoid ambiguous short forms
# such as "ĐN" (Đà Nẵng / Đồng Nai).
EXTRA_ALIASES: dict[str, list[str]] = {
    'Hà Nội': ['HN', 'TP Hà Nội', 'TP. Hà Nội', 'Thủ đô Hà Nội'],
    'Hồ Chí Minh': ['TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TPHCM', 'TP.HCM', 'TP. HCM',
                    'TP HCM', 'HCM', 'HCMC', 'Sài Gòn', 'Thành phố Sài Gòn'],
    'Hải Phòng': ['TP Hải Phòng', 'TP. Hải Phòng'],
    'Đà Nẵng': ['TP Đà Nẵng', 'TP. Đà Nẵng'],
    'Cần Thơ': ['TP Cần Thơ', 'TP. Cần Thơ'],
    'Huế': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Tỉnh Thừa Thiên Huế', 'TT-Huế',
            'TT Huế', 'TP Huế', 'TP. Huế'],
    'Bà Rịa - Vũng Tàu': ['Bà Rịa Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'BR-VT', 'BRVT'],
    'Đắk Lắk': ['Đắc Lắc', 'Đăk Lăk', 'Đắk Lăk', 'Daklak', 'Dak Lak'],
    'Đắk Nông': ['Đăk Nông', 'Đắc Nông', 'Daknong', 'Dak Nong'],
    'Kon Tum': ['Kontum'],
    'Bắc Kạn': ['Bắc Cạn'],
}

CENTRAL_CITIES = {'Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ'}

DISTRICT_LEVELS = ('thành phố', 'thị xã', 'quận', 'huyện')
PROVINCE_PREFIXES = ('tỉnh', 'thành phố')

# Old-style (oà, oá, uỷ ...) <-> new-style (òa, óa, ủy ...) tone placement.
_TONES = '\u0300\u0301\u0303\u0309\u0323'  # grave, acute, tilde, hook, dot below


def clean(text: str) -> str:
    return ' '.join(unicodedata.normalize('NFC', text).split())


# oa/oe/uy (not after "q") at the end of a syllable, in NFD form.
_OLD_STYLE = re.compile(r'((?:[oO][aeAE])|(?:(?<![qQ])[uU][yY]))([' + _TONES + r'])(?![^\W\d_])')
_NEW_STYLE = re.compile(r'(?:([oO])([' + _TONES + r'])([aeAE])|(?<![qQ])([uU])([' + _TONES + r'])([yY]))(?![^\W\d_])')


def _swap(pattern: re.Pattern, repl, name: str) -> str:
    return unicodedata.normalize('NFC', pattern.sub(repl, unicodedata.normalize('NFD', name)))


def modern(name: str) -> str:
    """Modern tone placement: 'Hoà Bình' -> 'Hòa Bình', 'Thuỷ' -> 'Thủy'."""
    return _swap(_OLD_STYLE, lambda m: m.group(1)[0] + m.group(2) + m.group(1)[1], name)


def old_style(name: str) -> str:
    """Old tone placement: 'Hòa Bình' -> 'Hoà Bình'."""
    def repl(m: re.Match) -> str:
        v1, tone, v2 = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
        return v1 + v2 + tone
    return _swap(_NEW_STYLE, repl, name)


def tone_variants(name: str) -> set[str]:
    return {name, modern(name), old_style(name)}


def split_prefix(full: str, levels: tuple[str, ...]) -> tuple[str, str]:
    full = clean(full)
    low = full.lower()
    for level in levels:
        if low.startswith(level + ' '):
            return level, full[len(level) + 1:]
    raise SystemExit(f'error: unknown administrative prefix in {full!r}')


def load_json(path: Path) -> tuple[list, str | None]:
    """Return (nested divisions, package version if it can be found).

    The version comes from ``__version__`` in the package's ``__init__.py`` or,
    failing that, from the wheel's ``*.dist-info/METADATA``.
    """
    texts: list[str] = []
    if path.suffix == '.whl':
        with zipfile.ZipFile(path) as zf:
            data = json.loads(zf.read('vietnam_provinces/data/nested-divisions.json'))
            for member in zf.namelist():
                if member == 'vietnam_provinces/__init__.py' or member.endswith('.dist-info/METADATA'):
                    texts.append(zf.read(member).decode('utf-8'))
    else:
        data = json.loads(path.read_text(encoding='utf-8'))
        pkg = path.resolve().parent.parent
        for f in [pkg / '__init__.py', *pkg.parent.glob('vietnam_provinces-*.dist-info/METADATA')]:
            if f.exists():
                texts.append(f.read_text(encoding='utf-8'))
    for text in texts:
        m = (re.search(r"^__version__\s*=\s*['\"]([^'\"]+)", text, re.M)
             or re.search(r'^Version:\s*(\S+)', text, re.M))
        if m:
            return data, m.group(1)
    return data, None


def current_provinces() -> dict[int, str]:
    try:
        import vietnam_provinces  # noqa: PLC0415 - a clear message when run outside the project venv
    except ImportError:
        raise SystemExit('error: run with the project venv (vietnam-provinces not installed)') from None
    if not vietnam_provinces.__version__.startswith('20'):
        raise SystemExit(f'error: installed vietnam-provinces {vietnam_provinces.__version__} '
                         'is not a post-2025 release')
    data = json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_text(encoding='utf-8'))
    out = {}
    for p in data:
        name = clean(p['name'])
        if name.lower().startswith('thành phố '):
            name = name[len('thành phố '):]
        elif name.lower().startswith('tỉnh '):
            name = name[len('tỉnh '):]
        out[int(p['code'])] = name
    return out


def check_merge_table(current: dict[int, str]) -> dict[str, int]:
    """Validate MERGES against the installed package; return old name -> new code."""
    errors = []
    if set(MERGES) != set(current):
        errors.append(f'new codes not in installed package: {sorted(set(MERGES) - set(current))}; '
                      f'installed codes missing from table: {sorted(set(current) - set(MERGES))}')
    old_to_new: dict[str, int] = {}
    for code, (new_name, olds) in MERGES.items():
        if code in current and modern(current[code]) != modern(new_name):
            errors.append(f'code {code} is {current[code]!r} in the installed package, '
                          f'table says {new_name!r}')
        if new_name not in olds:
            errors.append(f'{new_name!r} ({code}) does not list itself among its old provinces')
        for old in olds:
            if old in old_to_new:
                errors.append(f'old province {old!r} mapped twice')
            old_to_new[old] = code
    if len(old_to_new) != 63:
        errors.append(f'merge table lists {len(old_to_new)} old provinces, expected 63')
    if errors:
        raise SystemExit('error: bad merge table:\n  ' + '\n  '.join(errors))
    return old_to_new


def province_aliases(name: str, level: str, source_name: str) -> list[str]:
    cands = [name, source_name]
    for prefix in ('Thành phố', 'TP', 'TP.') if level == 'thành phố' else ('Tỉnh',):
        cands.append(f'{prefix} {name}')
    cands += EXTRA_ALIASES.get(name, [])
    out: list[str] = []
    seen = set()
    for c in cands:
        for v in sorted(tone_variants(clean(c)), key=lambda s: (s != clean(c), s)):
            if v not in seen:
                seen.add(v)
                out.append(v)
    return out


def build(main_data: list, extras: list[list], old_to_new: dict[str, int], source: str) -> dict:
    provinces = []
    by_alias: dict[str, str] = {}  # alias -> canonical old province name
    used = set()
    for p in main_data:
        level, name = split_prefix(p['name'], PROVINCE_PREFIXES)
        source_name = name
        name = modern(name)
        if name not in old_to_new:
            raise SystemExit(f'error: old province {p["name"]!r} is not in the merge table')
        if name in used:
            raise SystemExit(f'error: old province {name!r} appears twice in the source')
        used.add(name)
        level = 'thành phố' if name in CENTRAL_CITIES else 'tỉnh'
        aliases = province_aliases(name, level, source_name)
        for a in aliases:
            if by_alias.setdefault(a.lower(), name) != name:
                raise SystemExit(f'error: alias {a!r} is ambiguous')
        provinces.append({'name': name, 'level': level, 'code': int(p['code']),
                          'current_code': old_to_new[name], 'aliases': aliases})
    unused = set(old_to_new) - used
    if unused:
        raise SystemExit(f'error: merge table names provinces missing from the source: {sorted(unused)}')

    districts = []
    seen = set()
    for data in [main_data, *extras]:
        for p in data:
            _, pname = split_prefix(p['name'], PROVINCE_PREFIXES)
            old_province = by_alias.get(modern(pname).lower())
            if old_province is None:
                raise SystemExit(f'error: unknown province {p["name"]!r} in source data')
            for d in p.get('districts', []):
                level, name = split_prefix(d['name'], DISTRICT_LEVELS)
                key = (modern(name).lower(), level, old_province)
                if key in seen:
                    continue
                seen.add(key)
                districts.append({'name': name, 'level': level, 'old_province': old_province,
                                  'current_code': old_to_new[old_province]})
    return {'source': source, 'provinces': provinces, 'districts': districts}


def dump(doc: dict) -> str:
    def one(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(', ', ': '))
    lines = ['{"source": ' + one(doc['source']) + ',']
    for key, last in (('provinces', False), ('districts', True)):
        items = doc[key]
        lines.append(f' "{key}": [')
        lines += ['  ' + one(it) + (',' if i < len(items) - 1 else '') for i, it in enumerate(items)]
        lines.append(' ]' + ('}' if last else ','))
    return '\n'.join(lines) + '\n'


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('old_json', type=Path,
                    help='nested-divisions.json (or .whl) of a pre-2025 vietnam-provinces release')
    ap.add_argument('--extra', type=Path, action='append', default=[],
                    help='older release JSON/.whl; its districts missing from old_json are added')
    ap.add_argument('--old-version', help='version of old_json (default: read from the package)')
    ap.add_argument('-o', '--output', type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    main_data, version = load_json(args.old_json)
    version = args.old_version or version
    if not version:
        raise SystemExit('error: cannot tell the old package version; pass --old-version')
    if not version.startswith('0.'):
        raise SystemExit(f'error: {args.old_json} is vietnam-provinces {version}, not a pre-2025 release')
    if len(main_data) != 63 or not all(p.get('districts') for p in main_data):
        raise SystemExit(f'error: expected 63 provinces with districts, got {len(main_data)}')
    source = f'vietnam-provinces {version} (pre-2025 list) + merge table of {RESOLUTION}'
    extras = []
    extra_versions = []
    for path in args.extra:
        data, v = load_json(path)
        extras.append(data)
        extra_versions.append(v or path.name)
    if extra_versions:
        source += ('; plus districts renamed or merged before 2025 from vietnam-provinces '
                   + ', '.join(extra_versions))

    old_to_new = check_merge_table(current_provinces())
    doc = build(main_data, extras, old_to_new, source)

    text = dump(doc)
    json.loads(text)  # sanity: valid JSON
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding='utf-8')
    print(f'wrote {args.output}: {len(doc["provinces"])} provinces, '
          f'{len(doc["districts"])} districts, {len(text.encode())} bytes', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
