using XanoLink.Model;
using XanoLink.Selection;

namespace XanoLink.Core.Tests.Selection;

/// <summary>The walks over the dependency graph and the selection's messages, word for word.</summary>
public sealed class SelectionMessagesTests
{
    private static ItemKey Key(string text) => ItemKey.TryParse(text, out var key) ? key.Value : throw new ArgumentException(text);

    private static string Call(string name) => $$"""{ "op": "function.run", "function": "{{name}}" }""";

    // a -> b -> d, a -> c -> d, d -> e, e -> a (a cycle back to the start); an addon and a function both use table t.
    private static WorkspaceFiles Diamond() => new WorkspaceFiles()
        .Function("a", $"{Call("b")}, {Call("c")}")
        .Function("b", Call("d"))
        .Function("c", Call("d"))
        .Function("d", Call("e"))
        .Function("e", Call("a"))
        .Table("t")
        .Addon("uses_t", "t")
        .Function("f", """{ "op": "db.get", "table": "t" }""");

    private static DependencyGraph Graph(WorkspaceFiles files) => DependencyGraph.Build(files.Load().Workspace);

    private static string Chain(IEnumerable<Reference>? chain) => chain is null ? "(none)" : ReferenceText.Chain(chain.ToArray());

    [Fact]
    public void Shortest_chains_take_the_first_sorted_path_and_never_lead_back_to_the_start()
    {
        var chains = Graph(Diamond()).ShortestChains(Key("function:a"), _ => true);

        Assert.Equal(["function:b", "function:c", "function:d", "function:e"], chains.Keys.Select(k => k.ToString()));
        Assert.Equal(["function:a", "function:b", "function:d"], chains[Key("function:e")].Select(e => e.From.ToString()));
    }

    [Fact]
    public void A_path_is_the_chain_of_edges_in_order()
    {
        var graph = Graph(Diamond());

        Assert.Equal(
            "function:a -> function:b (step 1 Custom Function, functions/a.json:1) -> function:d (step 1 Custom Function, functions/b.json:1) -> function:e (step 1 Custom Function, functions/d.json:1)",
            Chain(graph.Path(Key("function:a"), Key("function:e"))));
        Assert.Equal("", Chain(graph.Path(Key("function:a"), Key("function:a"))));
        Assert.Equal("(none)", Chain(graph.Path(Key("table:t"), Key("function:a"))));
    }

    [Fact]
    public void Nodes_and_dependents_are_sorted_by_key_whatever_the_file_order()
    {
        var graph = Graph(Diamond());

        Assert.Equal(graph.Nodes.Order(), graph.Nodes);
        Assert.Equal(["function:f", "addon:uses_t"], graph.DependentsOf(Key("table:t")).Select(e => e.From.ToString()));
    }

    [Fact]
    public void A_missing_dependency_reached_through_two_unselected_items_names_both()
    {
        var files = Diamond().Manifest("""{ "include": { "functions": ["a"] }, "autoIncludeDependencies": false }""");

        var messages = files.Validate().Diagnostics.Where(d => d.Code == "XL2007").Select(d => d.Message).ToArray();

        Assert.Contains(
            "function:a needs function:e through function:b, function:d, none of them selected: function:a -> function:b (step 1 Custom Function, functions/a.json:1) -> function:d (step 1 Custom Function, functions/b.json:1) -> function:e (step 1 Custom Function, functions/d.json:1); add 'e' to include.functions or set \"autoIncludeDependencies\": true",
            messages);
    }

    [Fact]
    public void Records_rules_name_the_table_and_the_fix()
    {
        var files = Diamond().With("tables/t.records.jsonl", "{\"id\":1}\n")
            .Manifest("""{ "include": { "functions": ["b"] }, "records": { "tt": "all", "t": [1, 2] } }""");
        var manual = Diamond().Manifest("""{ "include": { "functions": ["b"] }, "autoIncludeDependencies": false, "records": { "t": "all" } }""");
        var chosen = Diamond().With("tables/t.records.jsonl", "{\"id\":1}\n")
            .Manifest("""{ "include": { "functions": ["f"] }, "records": { "t": [1, 2] } }""");

        var report = files.Validate();
        var chosenReport = chosen.Validate();

        Assert.Equal(
            ["records names table 'tt', which does not exist; did you mean 't'?", "records of table 't' are chosen but the table is not in the selection; add \"t\" to include.tables (or include an item that uses it)"],
            report.Diagnostics.Select(d => d.Message));
        Assert.DoesNotContain("t", report.Selection!.Records.Keys);
        Assert.Equal(
            "records of table 't' are chosen but the table is not in the selection; add \"t\" to include.tables",
            Assert.Single(manual.Validate().Diagnostics, d => d.Code == "XL2003").Message);
        Assert.Equal("table 't' has no record with id 2 (tables/t.records.jsonl); remove it or add the record", Assert.Single(chosenReport.Diagnostics).Message);
        Assert.Equal(["1", "2"], chosenReport.Selection!.Records["t"].Ids);
    }

    [Fact]
    public void A_literal_entry_matching_nothing_suggests_a_name_and_a_glob_does_not()
    {
        var files = Diamond().Manifest("""{ "include": { "functions": ["ab", "x*"] } }""");

        Assert.Equal(
            ["include.functions entry 'ab' matches no function; did you mean 'a'?; fix it or remove it", "include.functions entry 'x*' matches no function; fix it or remove it"],
            files.Validate().Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Globs_find_names_whatever_order_the_files_come_in()
    {
        var files = new WorkspaceFiles().Function("a").Function("a.b").Function("a/c").Manifest("""{ "include": { "functions": ["a*"] } }""");

        Assert.Equal(["function:a", "function:a.b"], files.Validate().Selection!.Explicit.Select(k => k.ToString()));
    }

    [Fact]
    public void A_selection_contains_only_what_it_selected_and_a_closure_is_sorted()
    {
        var graph = Graph(Diamond());
        var closure = Selector.Closure(graph, [Key("function:c"), Key("function:b"), Key("function:c")]);

        Assert.Equal(["function:b", "function:c"], closure.Explicit.Select(k => k.ToString()));
        Assert.True(closure.Contains(Key("function:a")));
        Assert.False(closure.Contains(Key("table:t")));
        Assert.False(closure.Contains(Key("function:zz")));
        Assert.False(closure.Contains(Key("function:0")));
        Assert.Empty(closure.Records);
    }
}
