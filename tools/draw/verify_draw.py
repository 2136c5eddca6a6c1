#!/usr/bin/env python3
"""Recomputes a SafeRank 双随机 draw from its public candidate file and its revealed seed.

Usage:  python3 verify_draw.py candidates.txt SEED_HEX
        (candidates.txt as downloaded from /draws/<id>/candidates.txt; the seed as published after the draw)

Prints the SHA-256 of the file (compare it with the one published before the draw) and the drawn
candidates, one line each: group,candidate,rank,key,label. Exits 2 when SHA-256(seed) is not the file's
commitment. Python 3 standard library only; the algorithm is described in platform-api/README.md.
"""
import hashlib
import hmac
import sys


def main(path, seed_hex):
    data = open(path, 'rb').read()
    text = data.decode('utf-8')
    lines = text.split('\n')
    if lines[0] != '# SafeRank 双随机抽取名单 v1':
        sys.exit('不是 SafeRank 抽取名单文件')
    header, i = {}, 1
    while lines[i] != 'group,candidate,weight,label':
        name, value = lines[i].split(': ', 1)
        header[name] = value
        i += 1
    seed_hex = seed_hex.strip().lower()
    seed = bytes.fromhex(seed_hex)
    if len(seed) != 32 or hashlib.sha256(seed).hexdigest() != header['commitment']:
        print('随机种子与承诺值不符：SHA-256(种子) ≠ ' + header['commitment'], file=sys.stderr)
        sys.exit(2)
    list_sha256 = hashlib.sha256(data).hexdigest()
    mode, value = header['quota'].split(' ')
    value = int(value)
    groups = {}
    for line in lines[i + 1:]:
        if not line:
            continue
        group, candidate, weight, label = line.split(',', 3)
        key = max(
            hmac.new(seed, f'{list_sha256}|{group}|{candidate}|{t}'.encode('utf-8'), hashlib.sha256).hexdigest()
            for t in range(1, int(weight) + 1))
        groups.setdefault(group, []).append((key, candidate, label))
    print('名单 SHA-256: ' + list_sha256)
    for group, members in groups.items():
        members.sort(key=lambda m: m[0], reverse=True)
        size = len(members)
        take = min(size, (size * value + 99) // 100) if mode == 'percent' else min(size, value)
        for rank, (key, candidate, label) in enumerate(members[:take], start=1):
            print(f'{group},{candidate},{rank},{key},{label}')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
