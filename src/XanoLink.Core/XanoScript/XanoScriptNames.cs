using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Model;

namespace XanoLink.XanoScript;

/// <summary>
/// Item keys for XanoScript objects. Xano names objects freely (<c>"Members &amp; Accounts"</c>, <c>"users/{id}"</c>), while an
/// item key's name is a safe path (docs/format.md). A XanoScript name becomes a key name by keeping its '/'-separated
/// parts and turning each run of characters a path may not hold (other than <c>A-Z a-z 0-9 _ . -</c>) into one <c>_</c>,
/// so a name that is already safe is its own key name. An API endpoint's key is its group's key name, its route and its
/// verb, laid out as Xano's CLI names its file: <c>query "users/{id}" verb=GET</c> in group <c>"Members &amp; Accounts"</c>
/// is <c>api:Members_Accounts/users/id_GET</c>. The same rule turns the names other objects refer to into keys, so a
/// reference finds its object however the name is spelled.
/// </summary>
public static class XanoScriptNames
{
    /// <summary>The attribute that holds an object's item key name where its content would give another (written by convert).</summary>
    public const string KeyAttribute = "xanolink_key";

    /// <summary>The key name of a XanoScript name: its parts made safe and joined by '/'; "" when nothing is left.</summary>
    public static string Name(string xanoName)
    {
        var segments = xanoName.Split('/').Select(Segment).Where(s => s.Length > 0);
        return string.Join('/', segments);
    }

    /// <summary>One safe path segment: runs of characters a name may not hold (<c>A-Z a-z 0-9 _ . -</c> only) become '_', none at either end.</summary>
    public static string Segment(string text)
    {
        var builder = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')
            {
                if (gap && builder.Length > 0)
                {
                    builder.Append('_');
                }

                gap = false;
                builder.Append(c);
            }
            else
            {
                gap = true;
            }
        }

        var segment = builder.ToString().TrimEnd('.');
        if (segment.Length > 0 && segment[0] is '.' or '-')
        {
            segment = "_" + segment;
        }

        return segment.Length > 0 && NameRules.IsReservedDeviceName(segment) ? segment + "_" : segment;
    }

    /// <summary>
    /// The key name of a construct read from XanoScript, or null with the reason when it has none (a query without its
    /// group or verb, a construct without a name). A query written without <c>api_group</c> (as Xano's VS Code extension
    /// once wrote them) belongs to the group of its folder: <paramref name="folderGroup"/>, the name of that folder's
    /// api_group when known, else the folder's name.
    /// </summary>
    public static string? KeyName(ItemKind kind, JObject model, out string? problem, string? folderGroup = null)
    {
        problem = null;
        if (model[KeyAttribute] is JValue { Type: JTokenType.String } kept && NameRules.IsValidName((string)kept!))
        {
            // Written by convert where the content gives another key (a JSON endpoint's name is not its route).
            return (string)kept!;
        }

        var name = model["name"] is JValue { Type: JTokenType.String } n ? (string)n! : null;
        if (name is null)
        {
            problem = "it has no name";
            return null;
        }

        if (kind != ItemKind.Api)
        {
            var key = Name(name);
            if (key.Length == 0)
            {
                problem = $"its name '{name}' holds no letter, digit, '_', '.' or '-' to make a key of";
                return null;
            }

            return key;
        }

        var group = model["api_group"] is JValue { Type: JTokenType.String } g ? (string)g! : folderGroup;
        if (group is null || Name(group) is not { Length: > 0 } groupKey)
        {
            problem = "it names no api_group (write api_group = \"GROUP\" in it)";
            return null;
        }

        if (model["verb"] is not JValue { Type: JTokenType.String } verb || Segment((string)verb!) is not { Length: > 0 } verbKey)
        {
            problem = "it has no verb (write verb=GET after its name)";
            return null;
        }

        return ApiKeyName(groupKey, name, verbKey);
    }

    /// <summary>The key name of an endpoint: <c>GROUP/route folders/leaf_VERB</c>, as Xano's CLI names its file.</summary>
    public static string ApiKeyName(string groupKey, string route, string verb)
    {
        var parts = route.Split('/');
        var folders = parts[..^1].Select(Segment).Where(s => s.Length > 0).Select(s => s + "/");
        return $"{groupKey}/{string.Concat(folders)}{Segment(parts[^1])}_{verb}";
    }

    /// <summary>The key a reference by name finds: <c>db.get "Order Lines"</c> names <c>table:Order_Lines</c>; null when the name gives none.</summary>
    public static ItemKey? Reference(ItemKind kind, string name) => Name(name) is { Length: > 0 } key ? new ItemKey(kind, key) : null;

    /// <summary>Where Xano's layout puts an object's file: <c>table/NAME.xs</c>, <c>api/GROUP/api_group.xs</c>, <c>api/GROUP/route_VERB.xs</c>.</summary>
    public static string PathOf(ItemKind kind, string name) => kind == ItemKind.ApiGroup
        ? $"api/{name}/api_group.xs"
        : $"{kind.XanoScriptFolder()}/{name}.xs";
}
