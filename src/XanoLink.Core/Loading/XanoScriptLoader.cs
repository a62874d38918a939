using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Formats;
using XanoLink.Json;
using XanoLink.Model;
using XanoLink.XanoScript;

namespace XanoLink.Loading;

/// <summary>
/// Reads one <c>.xs</c> file into workspace objects: each document whose construct is a kind of object becomes one, keyed
/// by its content (<see cref="XanoScriptNames"/>), wherever the file sits. A <c>workspace</c> construct gives the workspace
/// its name (and guid, if it has one); <c>branch</c> holds branch settings, which stay with each workspace.
/// </summary>
/// <param name="otherFiles">The workspace's files that are not being loaded (a diff loads only the changed ones): where a
/// query without <c>api_group</c> finds its folder's group.</param>
internal sealed class XanoScriptLoader(List<WorkspaceObject> objects, List<Diagnostic> diagnostics, IReadOnlyList<SourceFile>? otherFiles = null)
{
    private readonly List<(XanoScriptDocument Document, string Path)> workspaces = [];
    private readonly Dictionary<string, string> groupOfFolder = new(StringComparer.Ordinal);
    private readonly List<(SourceFile File, XanoScriptDocument Document, XanoScriptFile Read, string Text)> ungrouped = [];

    public void Load(SourceFile file)
    {
        if (file.Size > XanoScriptReader.MaxLength)
        {
            diagnostics.Add(DiagnosticCatalog.XsFileTooLarge.At(file.Path, 0, 0, $"the file is {file.Size:N0} bytes; XanoScript files may be at most 16 MiB: split the construct or move data out of it"));
            return;
        }

        if (JsonFileReader.Decode(file, file.ReadAllBytes(), diagnostics) is not { } text)
        {
            return;
        }

        var read = XanoScriptReader.Read(file.Path, text);
        diagnostics.AddRange(read.Diagnostics);
        foreach (var document in read.Documents)
        {
            switch (document.Construct)
            {
                case "workspace":
                    workspaces.Add((document, file.Path));
                    continue;
                case "branch":
                    continue;
            }

            if (document.IsOpaque)
            {
                // XL1121 already says the construct is unknown; it stays in its file, but is no object.
                continue;
            }

            if (!ItemKinds.TryParseConstruct(document.Construct, out var kind))
            {
                diagnostics.Add(DiagnosticCatalog.XsNotAnObject.At(file.Path, document.Line, 1, $"'{document.Construct}' defines no workspace object XanoLink publishes (it stays in the file as written)"));
                continue;
            }

            if (kind == ItemKind.ApiGroup && document.Name is { } groupName && GroupFolder(file.Path) is { } folder)
            {
                groupOfFolder.TryAdd(folder, groupName);
            }

            if (kind == ItemKind.Api && document.Model["api_group"] is null && GroupFolder(file.Path) is not null)
            {
                // The group comes from the folder's api_group, which may come later.
                ungrouped.Add((file, document, read, text));
                continue;
            }

            Add(kind, file, document, read, text, null);
        }
    }

    /// <summary>Queries written without api_group take the group of their folder, now that every file is read.</summary>
    public void Finish()
    {
        foreach (var (file, document, read, text) in ungrouped)
        {
            var folder = GroupFolder(file.Path)!;
            var group = groupOfFolder.TryGetValue(folder, out var known) ? known : GroupFromOtherFiles(folder) ?? PathLayout.ApiGroupFolder(file.Path);
            Add(ItemKind.Api, file, document, read, text, group);
        }

        ungrouped.Clear();
    }

    private void Add(ItemKind kind, SourceFile file, XanoScriptDocument document, XanoScriptFile read, string text, string? folderGroup)
    {
        if (XanoScriptNames.KeyName(kind, document.Model, out var problem, folderGroup) is not { } name)
        {
            diagnostics.Add(DiagnosticCatalog.XsNoKey.At(file.Path, document.Line, 1, $"this {kind.DisplayName()} cannot be named: {problem}; it is left out"));
            return;
        }

        var obj = new WorkspaceObject(kind, name, ObjectFiles.GuidOf(document.Model), file, document, read, text);
        diagnostics.AddRange(Validation.XanoScriptRules.Validate(obj));
        objects.Add(obj);
    }

    // "apis/GROUP" for a file below an API group's folder.
    private static string? GroupFolder(string path) => PathLayout.ApiGroupFolder(path) is { } group ? path[..path.IndexOf('/', StringComparison.Ordinal)] + "/" + group : null;

    private string? GroupFromOtherFiles(string folder)
    {
        var candidates = otherFiles?.Where(f => f.Path == folder + "/api_group.xs" || f.Path == folder + "/" + folder[(folder.IndexOf('/', StringComparison.Ordinal) + 1)..] + ".xs") ?? [];
        foreach (var file in candidates)
        {
            if (file.Size <= XanoScriptReader.MaxLength && ObjectFiles.Read(file.Path, file.ReadAllBytes()) is { Kind: ItemKind.ApiGroup } group)
            {
                return (string?)group.Model["name"];
            }
        }

        return null;
    }

    /// <summary>
    /// The workspace's identity when it has no workspace.json: the first <c>workspace</c> construct's name, and its guid
    /// or, when it has none (as Xano writes it), one derived from the name.
    /// </summary>
    public WorkspaceInfo? Identity()
    {
        if (workspaces.Count == 0)
        {
            return null;
        }

        var ordered = workspaces.OrderBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Document.Start).ToArray();
        var (first, path) = ordered[0];
        foreach (var (other, otherPath) in ordered.Skip(1))
        {
            diagnostics.Add(DiagnosticCatalog.XsTwoWorkspaces.At(otherPath, other.Line, 1, $"a second workspace construct; the workspace is '{first.Name}' from {path}, and this one is ignored"));
        }

        var model = first.Model;
        var name = first.Name ?? "";
        if (Validation.ShapeValidator.WorkspaceNameProblem(name) is { } problem)
        {
            // The name travels into commit messages, as workspace.json's does.
            diagnostics.Add(DiagnosticCatalog.InvalidWorkspaceName.At(path, first.Line, 1, problem));
        }

        var guid = ObjectFiles.GuidOf(model);
        if (guid.Length == 0)
        {
            guid = GuidFromName(name);
            diagnostics.Add(DiagnosticCatalog.XsIdentityFromName.At(path, first.Line, 1, $"workspace '{PrintableText.Of(name)}' has no guid, so its identity is its name (guid {guid}): renaming it makes a new source for every tenant; give the workspace a lasting identity with a workspace.json beside this folder ({{ \"guid\": \"...\", \"name\": \"...\" }})"));
        }

        var description = model["description"] is JValue { Type: JTokenType.String } d ? (string)d! : null;
        return new WorkspaceInfo(guid, name, description, model);
    }

    /// <summary>A stable guid for a workspace known only by its name.</summary>
    public static string GuidFromName(string name) =>
        "xs-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..32];
}
