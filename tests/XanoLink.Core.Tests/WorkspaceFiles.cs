using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Validation;

namespace XanoLink.Core.Tests;

/// <summary>Hand-made workspaces in memory: a minimal valid base that each test changes.</summary>
internal sealed class WorkspaceFiles
{
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal)
    {
        ["workspace.json"] = """{ "guid": "ws-source", "name": "shop:source" }""",
    };

    public WorkspaceFiles With(string path, string content)
    {
        files[path] = content;
        return this;
    }

    public WorkspaceFiles Without(string path)
    {
        files.Remove(path);
        return this;
    }

    public WorkspaceFiles Table(string name, string fields = """{ "name": "id", "type": "int" }""", string extra = "") =>
        With($"tables/{name}.json", $$"""{ "guid": "t-{{name.Replace('/', '-')}}", "name": "{{name}}", "fields": [ {{fields}} ]{{extra}} }""");

    public WorkspaceFiles Function(string name, string steps = "", string extra = "") =>
        With($"functions/{name}.json", $$"""{ "guid": "f-{{name.Replace('/', '-')}}", "name": "{{name}}", "steps": [ {{steps}} ]{{extra}} }""");

    public WorkspaceFiles Group(string name) =>
        With($"apis/{name}/api-group.json", $$"""{ "guid": "g-{{name}}", "name": "{{name}}" }""");

    public WorkspaceFiles Api(string name, string verb = "GET", string path = "/x", string steps = "", string extra = "") =>
        With($"apis/{name}.json", $$"""{ "guid": "a-{{name.Replace('/', '-')}}", "name": "{{name}}", "verb": "{{verb}}", "path": "{{path}}", "steps": [ {{steps}} ]{{extra}} }""");

    public WorkspaceFiles Addon(string name, string table, string steps = "") =>
        With($"addons/{name}.json", $$"""{ "guid": "ad-{{name}}", "name": "{{name}}", "table": "{{table}}", "steps": [ {{steps}} ] }""");

    public WorkspaceFiles Manifest(string json) => With("xanolink.json", json);

    public MemoryFileSource Source() => MemoryFileSource.FromText(files);

    public MemoryFileSource Source(string description) =>
        new(files.ToDictionary(kv => kv.Key, kv => System.Text.Encoding.UTF8.GetBytes(kv.Value), StringComparer.Ordinal), description);

    public LoadResult Load() => WorkspaceLoader.Load(Source());

    public ValidationReport Validate() => WorkspaceValidation.Run(Source());
}
