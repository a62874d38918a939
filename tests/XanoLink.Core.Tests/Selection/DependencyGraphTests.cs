using XanoLink.Model;
using XanoLink.Selection;

namespace XanoLink.Core.Tests.Selection;

public sealed class DependencyGraphTests
{
    private static DependencyGraph Graph(WorkspaceFiles files) => DependencyGraph.Build(files.Load().Workspace);

    private static ItemKey Key(string text) => ItemKey.TryParse(text, out var key) ? key.Value : throw new ArgumentException(text);

    private static string[] Deps(DependencyGraph graph, string key) =>
        graph.DependenciesOf(Key(key)).Select(r => $"{r.To} <- {r.Via} @{r.Position.File}:{r.Position.Line}:{r.Position.Column}").ToArray();

    [Fact]
    public void Steps_at_any_depth_are_followed_with_a_via_and_a_position()
    {
        var files = new WorkspaceFiles()
            .Table("order").Table("product").Table("log")
            .Addon("reviews", "product")
            .Function("helper")
            .With("functions/main.json", """
                {
                  "guid": "f-main",
                  "name": "main",
                  "steps": [
                    { "op": "conditional", "if": "$x", "then": [
                      { "op": "foreach", "each": "$items", "steps": [
                        { "op": "db.get", "table": "order", "addons": ["reviews"] }
                      ] }
                    ], "else": [
                      { "op": "function.run", "function": "helper" },
                      { "op": "db.add", "table": "log" }
                    ] }
                  ]
                }
                """);
        var actual = Deps(Graph(files), "function:main");
        Assert.Equal(
            [
                "table:log <- step 1.else[2] Add Record table @functions/main.json:11:34",
                "table:order <- step 1.then[1].steps[1] Get Record table @functions/main.json:7:36",
                "function:helper <- step 1.else[1] Custom Function @functions/main.json:10:43",
                "addon:reviews <- step 1.then[1].steps[1] Get Record addons @functions/main.json:7:56",
            ],
            actual);
    }

    [Fact]
    public void An_endpoint_needs_its_group_its_auth_table_and_its_steps()
    {
        var files = new WorkspaceFiles()
            .Table("user").Table("order").Group("orders").Function("f")
            .Api("orders/list", steps: """{ "op": "db.query", "table": "order" }, { "op": "function.run", "function": "f" }""", extra: """, "auth": "user" """);
        Assert.Equal(
            ["table:order", "table:user", "apigroup:orders", "function:f"],
            Graph(files).DependenciesOf(Key("api:orders/list")).Select(r => r.To.ToString()));
        Assert.Equal("auth table", Graph(files).DependenciesOf(Key("api:orders/list")).Single(r => r.To == Key("table:user")).Via);
    }

    [Fact]
    public void Addons_and_triggers_need_their_table()
    {
        var files = new WorkspaceFiles()
            .Table("product").Table("audit")
            .Addon("reviews", "product")
            .With("triggers/on_product.json", """{ "guid": "tr1", "name": "on_product", "table": "product", "actions": ["insert"], "steps": [ { "op": "db.add", "table": "audit" } ] }""");
        var graph = Graph(files);
        Assert.Equal(["table:product"], graph.DependenciesOf(Key("addon:reviews")).Select(r => r.To.ToString()));
        Assert.Equal(["table:audit", "table:product"], graph.DependenciesOf(Key("trigger:on_product")).Select(r => r.To.ToString()));
    }

    [Fact]
    public void Tablerefs_inside_object_fields_are_followed()
    {
        var files = new WorkspaceFiles()
            .Table("address").Table("customer")
            .Table("order", """{ "name": "id", "type": "int" }, { "name": "customer_id", "type": "int", "table": "customer" }, { "name": "delivery", "type": "object", "fields": [ { "name": "address_id", "type": "int", "table": "address" } ] }""");
        var edges = Graph(files).DependenciesOf(Key("table:order"));
        Assert.Equal(["table:address <- field delivery.address_id", "table:customer <- field customer_id"], edges.Select(r => $"{r.To} <- {r.Via}"));
    }

    [Fact]
    public void Cycles_are_allowed_and_the_closure_ends()
    {
        var files = new WorkspaceFiles()
            .Function("a", """{ "op": "function.run", "function": "b" }""")
            .Function("b", """{ "op": "function.run", "function": "c" }""")
            .Function("c", """{ "op": "function.run", "function": "a" }, { "op": "function.run", "function": "c" }""");
        var graph = Graph(files);
        Assert.Equal(["function:a", "function:b", "function:c"], graph.Closure([Key("function:b")]).Order().Select(k => k.ToString()));
        Assert.Equal(["function:a", "function:b", "function:c"], graph.Closure([Key("function:a")], reversed: true).Order().Select(k => k.ToString()));
        Assert.DoesNotContain(graph.DependenciesOf(Key("function:c")), r => r.To == Key("function:c"));
    }

    [Fact]
    public void A_reference_written_twice_is_one_edge_at_its_first_place()
    {
        var files = new WorkspaceFiles().Table("t")
            .Function("f", """{ "op": "db.get", "table": "t" }, { "op": "db.edit", "table": "t" }""");
        var edge = Assert.Single(Graph(files).DependenciesOf(Key("function:f")));
        Assert.Equal("step 1 Get Record table", edge.Via);
    }

    [Fact]
    public void Shortest_chains_pass_only_through_allowed_items()
    {
        var files = new WorkspaceFiles()
            .Function("a", """{ "op": "function.run", "function": "b" }, { "op": "function.run", "function": "x" }""")
            .Function("b", """{ "op": "function.run", "function": "c" }""")
            .Function("x", """{ "op": "function.run", "function": "c" }""")
            .Function("c");
        var chains = Graph(files).ShortestChains(Key("function:a"), k => k != Key("function:b"));
        Assert.Equal(["function:b", "function:c", "function:x"], chains.Keys.Select(k => k.ToString()));
        Assert.Equal(["function:x", "function:c"], chains[Key("function:c")].Select(e => e.To.ToString()));
    }
}
