using Newtonsoft.Json.Linq;
using XanoLink.Core.Tests.Schemas;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;
using XanoLink.XanoScript;

namespace XanoLink.Core.Tests.XanoScript;

/// <summary>What convert needs: an object of the JSON format written as XanoScript reads back as the same object.</summary>
public sealed class JsonFormatTests
{
    private static string Construct(ItemKind kind) => kind switch
    {
        ItemKind.Table => "table",
        ItemKind.ApiGroup => "api_group",
        ItemKind.Api => "query",
        ItemKind.Function => "function",
        ItemKind.Addon => "addon",
        ItemKind.Task => "task",
        _ => "table_trigger",
    };

    public static TheoryData<string> Objects() =>
        [.. ExampleFiles.Json.Where(p => PathLayout.Classify(p).Role == FileRole.Object)];

    [Theory]
    [MemberData(nameof(Objects))]
    public void Every_object_of_the_example_workspace_writes_as_XanoScript_that_reads_back_the_same(string path)
    {
        var (token, error) = JsonFileReader.Parse(path, File.ReadAllText(ExampleFiles.FullPath(path)));
        Assert.Null(error);
        var model = (JObject)token!;
        var construct = Construct(PathLayout.Classify(path).Kind);

        var written = XanoScriptWriter.Write(construct, model, path);

        Assert.Empty(written.Diagnostics);
        var back = XanoScriptReader.Read(path, written.Text!);
        Assert.Empty(back.Diagnostics);
        Assert.Equal(construct, back.Documents.Single().Construct);
        Assert.True(JToken.DeepEquals(model, back.Documents.Single().Model), written.Text);
    }

    [Fact]
    public void A_JSON_format_endpoint_reads_as_XanoScript_would_write_it()
    {
        var (token, _) = JsonFileReader.Parse("apis/orders/get.json", File.ReadAllText(ExampleFiles.FullPath("apis/orders/get.json")));

        var written = XanoScriptWriter.Write("query", (JObject)token!).Text!;

        Assert.StartsWith("query \"orders/get\" verb=GET {\n  \"$schema\" = \"../../../schemas/api.schema.json\"\n  guid = \"", written, StringComparison.Ordinal);
        Assert.Contains("\n  input {\n", written, StringComparison.Ordinal);
        Assert.Contains("\n  stack {\n", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_XanoScript_cannot_name_is_refused_not_lost()
    {
        var model = new JObject { ["name"] = "f", ["@odd"] = 1 };

        var written = XanoScriptWriter.Write("function", model, "functions/f.json");

        Assert.Null(written.Text);
        Assert.Equal(["functions/f.json: error XL1130: function 'f' cannot be written as XanoScript: the property '@odd' has no XanoScript form (a name starting with @, # or // is XanoLink's own)"], written.Diagnostics.Select(d => d.ToString()));
    }
}
