using System.Text;
using CsCheck;
using Newtonsoft.Json.Linq;
using XanoLink.Bench.Generation;
using XanoLink.Core.Tests.Schemas;
using XanoLink.Files;
using XanoLink.Formats;
using XanoLink.Loading;
using XanoLink.Model;
using XanoLink.Validation;
using XanoLink.XanoScript;

namespace XanoLink.Core.Tests.XanoScript;

/// <summary>convert: a whole workspace to the other format and back, with nothing lost.</summary>
public sealed class ConversionTests
{
    private static Dictionary<string, byte[]> Folder(string root) => Directory
        .EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
        .Where(p => !p.StartsWith("bin/", StringComparison.Ordinal) && !p.StartsWith("obj/", StringComparison.Ordinal))
        .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(root, p)), StringComparer.Ordinal);

    private static ConversionResult Convert(IReadOnlyDictionary<string, byte[]> files, WorkspaceFormat to)
    {
        var (workspace, diagnostics) = WorkspaceLoader.Load(new MemoryFileSource(files));
        return WorkspaceConversion.Convert(workspace, diagnostics, to);
    }

    private static IReadOnlyDictionary<string, byte[]> RoundTrip(IReadOnlyDictionary<string, byte[]> files, WorkspaceFormat via, WorkspaceFormat back)
    {
        var there = Convert(files, via);
        Assert.Empty(there.Problems);
        var again = Convert(there.Files, back);
        Assert.Empty(again.Problems);
        return again.Files;
    }

    private static void AssertSameFiles(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs:\n{Encoding.UTF8.GetString(actual[path])}");
        }
    }

    [Fact]
    public void The_JSON_example_converts_to_XanoScript_and_back_byte_for_byte()
    {
        var files = Folder(ExampleFiles.Root);

        var xs = Convert(files, WorkspaceFormat.XanoScript);

        Assert.Empty(xs.Problems);
        Assert.Contains("table/product.xs", xs.Files.Keys);
        Assert.Contains("table/product.records.jsonl", xs.Files.Keys);
        Assert.Contains("api/orders/create.xs", xs.Files.Keys);
        Assert.DoesNotContain(xs.Files.Keys, p => p.StartsWith("tables/", StringComparison.Ordinal));
        var converted = WorkspaceValidation.Run(new MemoryFileSource(xs.Files));
        Assert.Equal(WorkspaceFormat.XanoScript, converted.Workspace.Format);
        Assert.Empty(converted.Diagnostics);
        AssertSameFiles(files, RoundTrip(files, WorkspaceFormat.XanoScript, WorkspaceFormat.Json));
    }

    [Fact]
    public void The_XanoScript_corpus_converts_to_JSON_and_back_to_the_same_text()
    {
        var files = Folder(XsCorpus.Root);

        var json = Convert(files, WorkspaceFormat.Json);

        Assert.Empty(json.Problems);
        Assert.DoesNotContain(json.Files.Keys, p => p.EndsWith(".xs", StringComparison.Ordinal) && !p.Contains('/', StringComparison.Ordinal));
        Assert.Equal(WorkspaceFormat.Json, WorkspaceLoader.Load(new MemoryFileSource(json.Files)).Workspace.Format);
        AssertSameFiles(files, RoundTrip(files, WorkspaceFormat.Json, WorkspaceFormat.XanoScript));
    }

    [Fact]
    public void Any_generated_JSON_workspace_converts_to_XanoScript_and_back_byte_for_byte()
    {
        Gen.Select(Gen.Int[20, 80], Gen.Int[1, 1000]).Sample((objects, seed) =>
        {
            var files = WorkspaceGenerator.Generate(objects, seed);
            AssertSameFiles(files, RoundTrip(files, WorkspaceFormat.XanoScript, WorkspaceFormat.Json));
        }, iter: 12, threads: 1);
    }

    [Fact]
    public void Any_generated_XanoScript_workspace_converts_to_JSON_and_back_to_the_same_text()
    {
        Gen.Select(XsGen.Function.Array[1, 4], XsGen.Table.Array[1, 3]).Sample((functions, tables) =>
        {
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
            {
                ["workspace.json"] = Encoding.UTF8.GetBytes("{\n  \"guid\": \"ws\",\n  \"name\": \"gen\"\n}\n"),
            };
            void Add(string construct, string folder, string name, JObject model)
            {
                model["name"] = name;
                model["guid"] = construct + "-" + name;
                var text = XanoScriptWriter.Write(construct, model).Text;
                Assert.NotNull(text);
                files[$"{folder}/{name}.xs"] = Encoding.UTF8.GetBytes(text);
            }

            for (var i = 0; i < functions.Length; i++)
            {
                Add("function", "function", "f" + i, functions[i]);
            }

            for (var i = 0; i < tables.Length; i++)
            {
                Add("table", "table", "t" + i, tables[i]);
            }

            AssertSameFiles(files, RoundTrip(files, WorkspaceFormat.Json, WorkspaceFormat.XanoScript));
        }, iter: 200);
    }

    [Fact]
    public void A_file_not_in_Xanos_style_comes_back_as_written_until_its_JSON_is_edited()
    {
        const string Written = "function calc {\r\n    stack {\r\n        var $x { value = 1 }\r\n    }\r\n}\r\n";
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["workspace.json"] = Encoding.UTF8.GetBytes("{\n  \"guid\": \"ws\",\n  \"name\": \"w\"\n}\n"),
            ["function/calc.xs"] = Encoding.UTF8.GetBytes(Written),
        };

        var json = Convert(files, WorkspaceFormat.Json).Files;
        var back = Convert(json, WorkspaceFormat.XanoScript).Files;
        var edited = new Dictionary<string, byte[]>(json, StringComparer.Ordinal)
        {
            ["functions/calc.json"] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json["functions/calc.json"]).Replace("\"calc\"", "\"calc\",\n  \"description\": \"Edited\"", StringComparison.Ordinal)),
        };
        var printed = Convert(edited, WorkspaceFormat.XanoScript).Files;

        Assert.Equal(Written, Encoding.UTF8.GetString(back["function/calc.xs"]));
        Assert.Equal("function calc {\n  description = \"Edited\"\n\n  stack {\n    var $x {\n      value = 1\n    }\n  }\n}\n", Encoding.UTF8.GetString(printed["function/calc.xs"]));
    }

    [Fact]
    public void An_endpoint_keeps_its_item_key_in_both_formats()
    {
        var files = Folder(XsCorpus.Root);
        var source = WorkspaceLoader.Load(new MemoryFileSource(files)).Workspace;

        var json = WorkspaceLoader.Load(new MemoryFileSource(Convert(files, WorkspaceFormat.Json).Files)).Workspace;

        Assert.Equal(source.Objects.Select(o => o.Key), json.Objects.Select(o => o.Key));
        var list = json.Find(new ItemKey(ItemKind.Api, "products/products_GET"))!;
        Assert.Equal("products", (string?)list.Json[WorkspaceConversion.XsName]);
        Assert.Equal("api/products/list_get.xs", (string?)list.Json[WorkspaceConversion.XsPath]);
    }

    [Fact]
    public void A_file_that_does_not_read_stops_the_conversion_and_nothing_is_returned()
    {
        var files = Folder(XsCorpus.Root);
        files["function/broken.xs"] = Encoding.UTF8.GetBytes("function broken {\n  stack {\n");

        var result = Convert(files, WorkspaceFormat.Json);

        Assert.Empty(result.Files);
        Assert.Equal("XL1160", Assert.Single(result.Problems).Code);
        Assert.Equal("function/broken.xs", result.Problems[0].File);
    }

    [Fact]
    public void A_file_holding_an_object_and_a_construct_kept_as_text_is_refused()
    {
        var files = Folder(XsCorpus.Root);
        files["function/mixed.xs"] = Encoding.UTF8.GetBytes("function mixed {\n  stack {\n  }\n}\n---\nfuture_thing x {\n  a = 1\n}");

        var result = Convert(files, WorkspaceFormat.Json);

        Assert.Empty(result.Files);
        Assert.Contains(result.Problems, p => p.Code == "XL1161" && p.File == "function/mixed.xs");
    }

    [Fact]
    public void A_JSON_workspace_holding_a_kind_XanoScript_added_validates()
    {
        var files = Folder(ExampleFiles.Root);
        files["middlewares/rate_limit.json"] = Encoding.UTF8.GetBytes("{\n  \"guid\": \"mw-1\",\n  \"name\": \"rate_limit\",\n  \"steps\": []\n}\n");

        var report = WorkspaceValidation.Run(new MemoryFileSource(files));

        Assert.Empty(report.Diagnostics);
        Assert.NotNull(report.Workspace.Find(new ItemKey(ItemKind.Middleware, "rate_limit")));
    }
}
