using Newtonsoft.Json.Linq;

namespace XanoLink.Model;

/// <summary>workspace.json: the workspace's own identity (a tenant keeps its own).</summary>
public sealed record WorkspaceInfo(string Guid, string Name, string? Description, JObject Json);
