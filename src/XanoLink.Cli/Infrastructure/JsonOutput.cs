using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace XanoLink.Cli.Infrastructure;

/// <summary>The one JSON document a command prints with --format json: camelCase, indented, LF.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Include,
    });

    public static void Write(TextWriter output, object document)
    {
        var token = document as JToken ?? JToken.FromObject(document, Serializer);
        var text = token.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal);
        output.Write(text);
        output.Write('\n');
    }
}
