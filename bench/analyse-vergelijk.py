#!/usr/bin/env python3
"""Times NetworkX and igraph on the benchmark graph that bench/analyse.mjs exported.

Usage: /usr/bin/python3 bench/analyse-vergelijk.py <edges-file> [--k 200] [--exact] [--louvain-networkx]
The file starts with a line "n m", then one "u v" pair (0-based) per edge. Prints one JSON
object. Only the algorithm calls are timed, not loading; articulation points best of three.
NetworkX's exact betweenness is far too slow for these sizes: it is timed on a sample of k
sources (--k, seed 1) and extrapolated linearly to all n sources (the cost of Brandes is the
same for every source).
"""
import json
import sys
import time

import igraph
import networkx as nx


def tijd(f):
    t0 = time.perf_counter()
    uitkomst = f()
    return time.perf_counter() - t0, uitkomst


def beste_van_drie(f):
    metingen = [tijd(f) for _ in range(3)]
    return min(t for t, _ in metingen), metingen[0][1]


def main():
    pad = sys.argv[1]
    exact = "--exact" in sys.argv
    louvain_nx = "--louvain-networkx" in sys.argv
    with open(pad) as f:
        n, m = map(int, f.readline().split())
        kanten = [tuple(map(int, regel.split())) for regel in f]
    uit = {"n": n, "m": m, "networkx": nx.__version__, "igraph": igraph.__version__}

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(kanten)
    ig = igraph.Graph(n=n, edges=kanten)

    k = int(sys.argv[sys.argv.index("--k") + 1]) if "--k" in sys.argv else 200
    t, _ = tijd(lambda: nx.betweenness_centrality(g, k=k, seed=1))
    uit["networkx_betweenness_k"] = k
    uit["networkx_betweenness_k_s"] = t
    uit["networkx_betweenness_exact_geextrapoleerd_s"] = t * n / k
    t, punten_nx = beste_van_drie(lambda: list(nx.articulation_points(g)))
    uit["networkx_articulatiepunten_s"] = t
    uit["networkx_articulatiepunten"] = len(punten_nx)
    if louvain_nx:
        t, gemeenschappen = tijd(lambda: nx.community.louvain_communities(g, seed=1))
        uit["networkx_louvain_s"] = t
        uit["networkx_louvain_modularity"] = nx.community.modularity(g, gemeenschappen)

    if exact:
        t, waarden = tijd(lambda: ig.betweenness(directed=False))
        uit["igraph_betweenness_exact_s"] = t
        schaal = 2 / ((n - 1) * (n - 2))
        uit["igraph_betweenness_genormaliseerd"] = [w * schaal for w in waarden]
    t, punten = beste_van_drie(lambda: ig.articulation_points())
    uit["igraph_articulatiepunten_s"] = t
    uit["igraph_articulatiepunten"] = len(punten)
    t, clustering = tijd(lambda: ig.community_multilevel())
    uit["igraph_louvain_s"] = t
    uit["igraph_louvain_modularity"] = clustering.modularity
    print(json.dumps(uit))


if __name__ == "__main__":
    main()
