using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Formats;
using XanoLink.Loading;
using XanoLink.Merge;
using XanoLink.Model;

namespace XanoLink.Core.Tests.Merge;

/// <summary>The Git merge driver and adopt-guids on .xs files: member by member, printed in Xano's style, other bytes kept.</summary>
public sealed class XanoScriptFileMergeTests
{
    private const string Base = "table product {\n  auth = false\n\n  schema {\n    int id\n    text name filters=trim\n  }\n}";

    [Fact]
    public void Two_fields_added_on_two_sides_merge_into_one_table_in_Xanos_style()
    {
        var ours = Base.Replace("    text name filters=trim\n", "    text name filters=trim\n    text acme_code?\n", StringComparison.Ordinal);
        var theirs = Base.Replace("    int id\n", "    int id\n    int stock?=0\n", StringComparison.Ordinal);

        var result = FileMerge.Merge("shop/table/product.xs", Base, ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.Equal("table product {\n  auth = false\n\n  schema {\n    int id\n    int stock?=0\n    text name filters=trim\n    text acme_code?\n  }\n}", Encoding.UTF8.GetString(result.Merged!));
    }

    [Fact]
    public void A_merge_that_leaves_ours_as_it_was_keeps_ours_bytes_even_in_another_layout()
    {
        // Ours is written in a layout Xano does not use (four-space indent); theirs did not change the object.
        var ours = "table product {\n    auth = false\n\n    schema {\n        int id\n        text name filters=trim\n    }\n}\n";

        var result = FileMerge.Merge("table/product.xs", Base, ours, Base, MergePolicy.Fail);

        Assert.Equal(ours, Encoding.UTF8.GetString(result.Merged!));
    }

    [Fact]
    public void Adopting_a_guid_in_a_multidoc_file_rewrites_only_that_document()
    {
        const string text = "// first\nfunction a {\n  stack {\n  }\n}\n---\nfunction   b {\n  stack {\n  }\n}\n";
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["workspace.json"] = Encoding.UTF8.GetBytes("{ \"guid\": \"ws\", \"name\": \"w\" }\n"),
            ["function/all.xs"] = Encoding.UTF8.GetBytes(text),
        };
        var workspace = WorkspaceLoader.Load(new MemoryFileSource(files)).Workspace;
        var a = workspace.Find(new ItemKey(ItemKind.Function, "a"))!;
        var model = (JObject)a.Json.DeepClone();
        model["guid"] = "fn-a";

        var bytes = ObjectFiles.Rewrite(a, model);

        // Xano writes a guid last, as the writer puts a new member.
        Assert.Equal("// first\nfunction a {\n  stack {\n  }\n\n  guid = \"fn-a\"\n}\n---\nfunction   b {\n  stack {\n  }\n}\n", Encoding.UTF8.GetString(bytes));
    }
}
