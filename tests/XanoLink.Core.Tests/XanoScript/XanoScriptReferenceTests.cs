using System.Text;
using XanoLink.Files;
using XanoLink.Model;
using XanoLink.Selection;
using XanoLink.Validation;

namespace XanoLink.Core.Tests.XanoScript;

/// <summary>References read off XanoScript objects, as deps shows them.</summary>
public sealed class XanoScriptReferenceTests
{
    [Fact]
    public void A_dblink_input_names_its_table_and_is_labelled_by_its_type()
    {
        var workspace = Load(new()
        {
            ["table/order.xs"] = "table order {\n  schema {\n    int id\n  }\n}",
            ["api/orders/api_group.xs"] = "api_group orders {\n  canonical = \"o\"\n}",
            ["api/orders/order_id_patch.xs"] = "query \"order/{order_id}\" verb=PATCH {\n  api_group = \"orders\"\n\n  input {\n    int order_id\n    dblink {\n      table = \"order\"\n    }\n  }\n\n  stack {\n  }\n\n  response = null\n}",
        });

        var graph = DependencyGraph.Build(workspace);
        var reference = Assert.Single(graph.DependenciesOf(new ItemKey(ItemKind.Api, "orders/order/order_id_PATCH")), r => r.To == new ItemKey(ItemKind.Table, "order"));
        Assert.Equal("input dblink", reference.Via);
        Assert.Equal(("api/orders/order_id_patch.xs", 7), (reference.Position.File, reference.Position.Line));
    }

    private static Workspace Load(Dictionary<string, string> files)
    {
        var report = WorkspaceValidation.Run(new MemoryFileSource(files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value), StringComparer.Ordinal)));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        return report.Workspace;
    }
}
