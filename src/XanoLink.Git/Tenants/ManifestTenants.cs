using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Manifest;

namespace XanoLink.Git.Tenants;

/// <summary>The <c>tenants</c> of a source workspace's xanolink.json on disk: read them, and register a new one.</summary>
public static class ManifestTenants
{
    public const string FileName = "xanolink.json";

    /// <summary>The tenants listed in <paramref name="workspace"/>/xanolink.json; none when there is no such file.</summary>
    public static IReadOnlyList<TenantEntry> Read(string workspace)
    {
        var file = Path.Combine(workspace, FileName);
        if (!File.Exists(file))
        {
            return [];
        }

        var source = new MemoryFileSource(new Dictionary<string, byte[]> { [FileName] = File.ReadAllBytes(file) }, file);
        var manifestFile = WorkspaceLoader.Load(source).Workspace.Manifest ?? throw new GitWorkspaceException(GitProblem.TenantNotFound,
            $"{file} cannot be read as JSON; run 'xanolink validate' to see why");
        return ManifestReader.Read(manifestFile).Manifest.Tenants;
    }

    /// <summary>
    /// Appends <c>{ name, repository }</c> to <c>tenants</c> and rewrites the file in canonical form (creating it, with just
    /// <c>tenants</c>, when there is none). A name already listed is refused.
    /// </summary>
    public static void Add(string workspace, string name, string repository)
    {
        var file = Path.Combine(workspace, FileName);
        JObject json;
        try
        {
            // Read as the loader reads (numbers and dates exactly as written), so registering a tenant rewrites nothing else.
            json = File.Exists(file) ? Merge.FileMerge.ParseObject(File.ReadAllText(file, Encoding.UTF8)) : [];
        }
        catch (FormatException ex)
        {
            throw new GitWorkspaceException(GitProblem.TenantNotFound, $"{file} is not valid JSON ({ex.Message}); fix it first (xanolink validate shows where)");
        }

        if (json["tenants"] is not JArray tenants)
        {
            if (json["tenants"] is not null)
            {
                throw new GitWorkspaceException(GitProblem.TenantNotFound, $"{file}: \"tenants\" is not an array; fix it first (xanolink validate shows where)");
            }

            tenants = [];
            json["tenants"] = tenants;
        }

        EnsureNew(file, tenants, name);
        tenants.Add(new JObject { ["name"] = name, ["repository"] = repository });
        WorkspaceFileWriter.WriteAllText(workspace, file, CanonicalJson.ToText(json));
    }

    /// <summary>Throws when <paramref name="name"/> is already a tenant of the manifest in <paramref name="workspace"/>.</summary>
    public static void EnsureNew(string workspace, string name)
    {
        var file = Path.Combine(workspace, FileName);
        WorkspaceFileWriter.EnsureWritable(workspace, file);
        try
        {
            if (File.Exists(file) && Merge.FileMerge.ParseObject(File.ReadAllText(file, Encoding.UTF8)) is { } json && json["tenants"] is JArray tenants)
            {
                EnsureNew(file, tenants, name);
            }
        }
        catch (FormatException)
        {
            // Add reports an unreadable manifest with what to do.
        }
    }

    private static void EnsureNew(string file, JArray tenants, string name)
    {
        if (tenants.OfType<JObject>().FirstOrDefault(t => t["name"] is JValue { Type: JTokenType.String } n && (string)n! == name) is { } existing)
        {
            throw new GitWorkspaceException(GitProblem.TenantExists,
                $"tenant '{name}' is already in {file} (repository {existing["repository"]}); choose another name, or remove that entry first");
        }
    }
}
