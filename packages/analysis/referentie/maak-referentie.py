#!/usr/bin/env python3
"""Writes the NetworkX reference values that the analysis package is tested against.

Run from packages/analysis:  python3 referentie/maak-referentie.py
(NetworkX >= 3.0; the committed files were written with NetworkX 3.6.1.)

Each file holds an unweighted edge list and NetworkX's answers on that structure:
- betweenness: nx.betweenness_centrality(G, normalized=True). For an undirected graph NetworkX
  counts every pair in both directions and scales by 1/((n-1)(n-2)); graphology-metrics does the
  same (sum over all sources, scale 1/((n-1)(n-2))), so the numbers compare directly.
- closeness: nx.closeness_centrality(G), whose default wf_improved=True is the Wasserman-Faust
  variant; graphology-metrics calls it `wassermanFaust: true`.
- articulation points and bridges.
- louvain: the modularity of nx.community.louvain_communities(G, weight=None, seed=s) for a few
  seeds (Louvain is random; the tests compare within a tolerance).

`karate.json` also holds a disconnected variant (the karate club plus a triangle, a path and a
lone node) so that the Wasserman-Faust correction and the normalisation are checked where they
matter. `diamanten.json` is a chain of 40 diamonds: 2^40 shortest paths between its ends, more
than a 32-bit path count holds.
"""
import json
import os
import re

import networkx as nx

HIER = os.path.dirname(os.path.abspath(__file__))
ZADEN = [1, 2, 3, 42, 2024]


def ongewogen(g):
    h = nx.Graph()
    h.add_nodes_from(str(n) for n in g.nodes())
    h.add_edges_from((str(u), str(v)) for u, v in g.edges())
    return h


def beschrijf(g):
    return {
        "knopen": list(g.nodes()),
        "kanten": [[u, v] for u, v in g.edges()],
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "closeness": nx.closeness_centrality(g),
        "articulatiepunten": sorted(nx.articulation_points(g)),
        "bruggen": sorted(sorted([u, v]) for u, v in nx.bridges(g)),
    }


def louvain(g):
    uitkomsten = []
    for zaad in ZADEN:
        gemeenschappen = nx.community.louvain_communities(g, weight=None, seed=zaad)
        uitkomsten.append(
            {
                "seed": zaad,
                "aantal": len(gemeenschappen),
                "modularity": nx.community.modularity(g, gemeenschappen, weight=None),
            }
        )
    return uitkomsten


def opmaak(waarde, inspringing=0, voorvoegsel=0):
    """JSON as the repository's formatter (Biome) writes it: objects expanded, an array on one
    line when it fits in 120 columns, otherwise one element per line."""
    binnen = " " * (inspringing + 2)
    if isinstance(waarde, dict):
        regels = [
            f"{binnen}{json.dumps(k, ensure_ascii=False)}: "
            + opmaak(v, inspringing + 2, len(binnen) + len(json.dumps(k, ensure_ascii=False)) + 2)
            for k, v in waarde.items()
        ]
        return "{\n" + ",\n".join(regels) + "\n" + " " * inspringing + "}"
    if isinstance(waarde, list):
        kort = "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in waarde) + "]"
        if not any(isinstance(v, (dict, list)) and len(json.dumps(v)) > 40 for v in waarde) and (
            voorvoegsel + len(kort) + 1 <= 120
        ):
            return kort
        regels = [binnen + opmaak(v, inspringing + 2, len(binnen)) for v in waarde]
        return "[\n" + ",\n".join(regels) + "\n" + " " * inspringing + "]"
    tekst = json.dumps(waarde, ensure_ascii=False)
    if isinstance(waarde, float):
        tekst = re.sub(r"e(-?)\+?0*(\d)", r"e\1\2", tekst)
    return tekst


def schrijf(naam, inhoud):
    pad = os.path.join(HIER, naam)
    with open(pad, "w", encoding="utf-8") as f:
        f.write(opmaak(inhoud) + "\n")
    print("geschreven:", pad)


def main():
    karate = ongewogen(nx.karate_club_graph())
    los = karate.copy()
    los.add_edges_from([("t1", "t2"), ("t2", "t3"), ("t3", "t1")])
    los.add_edges_from([("p1", "p2"), ("p2", "p3"), ("p3", "p4")])
    los.add_node("alleen")
    schrijf(
        "karate.json",
        {
            "bron": "networkx.karate_club_graph(), ongewogen",
            "networkx": nx.__version__,
            **beschrijf(karate),
            "louvain": louvain(karate),
            "onsamenhangend": beschrijf(los),
        },
    )
    diamanten = nx.Graph()
    for i in range(40):
        diamanten.add_edges_from([(f"s{i}", f"a{i}"), (f"s{i}", f"b{i}"), (f"a{i}", f"s{i + 1}"), (f"b{i}", f"s{i + 1}")])
    schrijf(
        "diamanten.json",
        {"bron": "keten van 40 ruiten (2^40 kortste paden)", "networkx": nx.__version__, **beschrijf(diamanten)},
    )
    lesmis = ongewogen(nx.les_miserables_graph())
    schrijf(
        "lesmis.json",
        {
            "bron": "networkx.les_miserables_graph(), gewichten weggelaten",
            "networkx": nx.__version__,
            **beschrijf(lesmis),
            "louvain": louvain(lesmis),
        },
    )


if __name__ == "__main__":
    main()
