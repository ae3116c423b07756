using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hyeopchi.Host.Infrastructure.Security;

/// <summary>
/// Every JSON string the API reads is composed (Unicode NFC): "홍길순" sent decomposed (9 code
/// points, as macOS and some clients send it) is stored as the 3 syllables, so the same name is
/// the same text whichever way it was typed. Registered once in <c>HyeopchiHost.ConfigureJson</c>.
/// </summary>
public sealed class NfcStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is null || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
