using XanoLink.Files;
using XanoLink.Model;
using XanoLink.Selection;
using XanoLink.Testing;
using XanoLink.Validation;
using XanoLink.XanoScript;

namespace XanoLink.Core.Tests.Schemas;

/// <summary>
/// example-xanoscript-workspace/ is the example shop written in XanoScript, in the layout of Xano's CLI and Git Sync. It
/// is the same shop as example-source-workspace/: the same objects (matched by guid, since an endpoint's key follows its
/// route and verb in XanoScript and its file name in the JSON format), the same references and the same selection.
/// </summary>
public sealed class ExampleXanoScriptWorkspaceTests
{
    private static readonly Lazy<ValidationReport> Xs = new(() => WorkspaceValidation.Run(new FolderFileSource(RepositoryRoot.Combine("example-xanoscript-workspace"))));

    private static readonly Lazy<ValidationReport> Json = new(() => WorkspaceValidation.Run(new FolderFileSource(RepositoryRoot.Combine("example-source-workspace"))));

    [Fact]
    public void The_xanoscript_example_validates_without_any_diagnostic()
    {
        var report = Xs.Value;
        Assert.True(report.Diagnostics.Count == 0, string.Join("\n", report.Diagnostics));
        Assert.Equal(WorkspaceFormat.XanoScript, report.Workspace.Format);
        Assert.All(report.Workspace.Objects, o => Assert.Equal(WorkspaceFormat.XanoScript, o.Format));
    }

    [Fact]
    public void Both_examples_hold_the_same_objects_matched_by_guid()
    {
        var xs = Xs.Value.Workspace.Objects.ToDictionary(o => o.Guid, StringComparer.Ordinal);
        var json = Json.Value.Workspace.Objects.ToDictionary(o => o.Guid, StringComparer.Ordinal);

        Assert.Equal(json.Keys.Order(StringComparer.Ordinal), xs.Keys.Order(StringComparer.Ordinal));
        foreach (var (guid, j) in json)
        {
            var x = xs[guid];
            Assert.Equal(j.Kind, x.Kind);
            if (j.Kind == ItemKind.Api)
            {
                // orders/create (POST) is the query "orders" verb=POST of group orders: api:orders/orders_POST.
                Assert.Equal(j.Name[..j.Name.IndexOf('/', StringComparison.Ordinal)], (string?)x.Json["api_group"]);
                Assert.Equal((string?)j.Json["verb"], (string?)x.Json["verb"]);
                Assert.Equal(((string)j.Json["path"]!).TrimStart('/'), (string?)x.Json["name"]);
            }
            else
            {
                Assert.Equal(j.Name, x.Name);
            }

            if (j.Kind != ItemKind.Trigger)
            {
                // A table trigger's input is Xano's predefined one (new, old, action, datasource).
                Assert.Equal(Names(j, "inputs"), Names(x, "inputs"));
            }

            Assert.Equal(Names(j, "fields"), Names(x, "fields"));
        }
    }

    [Fact]
    public void Both_examples_have_the_same_dependency_graph()
    {
        Assert.Equal(Edges(Json.Value.Workspace), Edges(Xs.Value.Workspace));
    }

    [Fact]
    public void Both_manifests_select_the_same_objects_and_records()
    {
        Assert.Equal(Guids(Json.Value.Workspace, Json.Value.Selection!.Selected), Guids(Xs.Value.Workspace, Xs.Value.Selection!.Selected));
        Assert.Equal(Guids(Json.Value.Workspace, Json.Value.Selection!.Explicit), Guids(Xs.Value.Workspace, Xs.Value.Selection!.Explicit));
        Assert.Equal(Json.Value.Selection!.Records.Keys.Order(StringComparer.Ordinal), Xs.Value.Selection!.Records.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, records) in Json.Value.Workspace.Records)
        {
            Assert.Equal(records.Records.Select(r => r.Json.ToString()), Xs.Value.Workspace.Records[table].Records.Select(r => r.Json.ToString()));
        }
    }

    [Fact]
    public void Every_xs_file_of_the_example_is_in_Xanos_style()
    {
        var root = RepositoryRoot.Combine("example-xanoscript-workspace");
        var files = Directory.EnumerateFiles(root, "*.xs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(35, files.Length);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var read = XanoScriptReader.Read(file, text);
            Assert.Empty(read.Diagnostics);
            var document = Assert.Single(read.Documents);
            Assert.Equal(text, XanoScriptWriter.Write(document.Construct, document.Model, file).Text);
        }
    }

    private static string[] Names(WorkspaceObject obj, string property) =>
        obj.Json[property] is Newtonsoft.Json.Linq.JArray list ? [.. list.Select(f => (string?)f["name"] ?? "")] : [];

    private static string[] Edges(Workspace workspace)
    {
        var graph = DependencyGraph.Build(workspace);
        return [.. graph.Nodes
            .SelectMany(n => graph.DependenciesOf(n))
            .Select(r => $"{workspace.Find(r.From)!.Guid} -> {workspace.Find(r.To)!.Guid}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    private static string[] Guids(Workspace workspace, IEnumerable<ItemKey> keys) =>
        [.. keys.Select(k => workspace.Find(k)!.Guid).Order(StringComparer.Ordinal)];
}
