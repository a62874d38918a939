using XanoLink.Model;
using XanoLink.Selection;
using XanoLink.Selection.Reports;
using XanoLink.Testing;

namespace XanoLink.Core.Tests.Selection;

/// <summary>What <c>xanolink deps</c> draws, per format, for a small shop: forward with records, without, and reversed.</summary>
public sealed class DepsRenderTests
{
    private static WorkspaceFiles Shop(string records) => new WorkspaceFiles()
        .Table("category")
        .Table("product", """{ "name": "id", "type": "int" }, { "name": "category_id", "type": "int", "table": "category" }""")
        .Table("order")
        .With("tables/category.records.jsonl", "{\"id\":1}\n{\"id\":2}\n")
        .Group("orders")
        .Api("orders/create", steps: """{ "op": "function.run", "function": "calc" }""")
        .Function("calc", """{ "op": "db.get", "table": "order" }, { "op": "function.run", "function": "tax" }, { "op": "db.query", "table": "category" }""")
        .Function("tax", """{ "op": "db.query", "table": "product" }, { "op": "function.run", "function": "calc" }""")
        .Function("lonely")
        .Manifest($$"""{ "include": { "apis": ["orders/create"], "tables": ["category"], "functions": ["lonely"] }{{records}} }""");

    private static (DepsView View, DependencyGraph Graph) Selected(string records = """, "records": { "category": [1], "product": "all" }""", bool withRecords = true)
    {
        var report = Shop(records).Validate();
        Assert.Empty(report.Diagnostics);
        var graph = DependencyGraph.Build(report.Workspace);
        return (DepsView.Of(report.Selection!, graph, withRecords), graph);
    }

    private static DepsView Dependents(params string[] roots)
    {
        var graph = DependencyGraph.Build(Shop("").Validate().Workspace);
        return DepsView.Dependents(roots.Select(r => ItemKey.TryParse(r, out var key) ? key.Value : throw new ArgumentException(r)), graph);
    }

    [Fact]
    public void A_selection_as_a_tree_with_its_records() => Approvals.Verify(DepsTextRenderer.Render(Selected().View, "Selection"));

    [Fact]
    public void A_selection_without_records_chosen_says_every_table_is_schema_only() =>
        Approvals.Verify(DepsTextRenderer.Render(Selected(records: "").View, "Selection"));

    [Fact]
    public void The_closure_of_given_items_has_no_records_section() =>
        Assert.DoesNotContain("Records:", DepsTextRenderer.Render(Selected(withRecords: false).View, "Closure"), StringComparison.Ordinal);

    [Fact]
    public void What_uses_an_item_as_a_tree() => Approvals.Verify(DepsTextRenderer.Render(Dependents("table:order", "function:lonely"), "Dependents"));

    [Fact]
    public void A_selection_as_a_graphviz_digraph() => Approvals.Verify(DepsDotRenderer.Render(Selected().View), extension: "dot");

    [Fact]
    public void A_selection_as_a_mermaid_flowchart() => Approvals.Verify(DepsMermaidRenderer.Render(Selected().View), extension: "mmd");

    [Fact]
    public void What_uses_an_item_as_a_mermaid_flowchart() => Approvals.Verify(DepsMermaidRenderer.Render(Dependents("table:order")), extension: "mmd");

    [Fact]
    public void A_view_lists_its_roots_the_others_and_the_edges_between_shown_items()
    {
        var (view, _) = Selected();
        var reverse = Dependents("table:order");

        Assert.Equal(["table:category", "api:orders/create", "function:lonely"], view.Roots.Select(k => k.ToString()));
        Assert.Equal(["table:order", "table:product", "apigroup:orders", "function:calc", "function:tax"], view.Others.Select(k => k.ToString()));
        Assert.True(view.HasRecords);
        Assert.False(view.Reverse);
        Assert.All(view.Edges, e => Assert.True(view.Contains(e.From) && view.Contains(e.To)));
        Assert.Equal(["table:category", "table:order", "function:tax"], view.Children(new ItemKey(ItemKind.Function, "calc")).Select(e => view.Child(e).ToString()));
        Assert.True(reverse.Reverse);
        Assert.False(reverse.HasRecords);
        Assert.Equal(["table:order", "api:orders/create", "function:calc", "function:tax"], reverse.Items.Select(k => k.ToString()));
        Assert.Equal(["function:calc"], reverse.Children(new ItemKey(ItemKind.Table, "order")).Select(e => reverse.Child(e).ToString()));
        Assert.False(reverse.Contains(new ItemKey(ItemKind.Table, "product")));
    }
}
