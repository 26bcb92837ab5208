from kg.netview import find, neighbourhood, shortest_path, to_networkx


def test_neighbourhood_of_a_department(dataset):
    g = to_networkx(dataset)
    node = find(g, "区司法局")[0]
    hood = neighbourhood(g, node)
    labels = {d.get("label") for _, d in hood.nodes(data=True)}
    assert any(label and "行政复议" in label for label in labels)


def test_shortest_path_between_entities(dataset):
    g = to_networkx(dataset)
    path = shortest_path(g, "区司法局", "收到行政复议申请")
    assert path and 2 <= len(path) <= 4
    assert shortest_path(g, "区司法局", "不存在的东西") is None
