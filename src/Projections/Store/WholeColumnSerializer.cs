using System.Buffers;
using System.Data.Common;
using Marten;
using Npgsql;
using Weasel.Core;

namespace Hyeopchi.Projections.Store;

/// <summary>
/// Marten's System.Text.Json serializer, reading each JSON column whole and deserialising it in
/// one synchronous call instead of streaming it through an asynchronous reader. A row Npgsql has
/// read is already in its buffer, so nothing waits either way; the streamed path spent most of a
/// rebuild's client time on its per-event state machines (docs/performance.md, "Rebuilding a
/// million events"). Writing, and everything else, is Marten's own.
/// </summary>
public sealed class WholeColumnSerializer(Marten.ISerializer inner) : Marten.ISerializer
{
    public EnumStorage EnumStorage => inner.EnumStorage;
    public Casing Casing => inner.Casing;
    public ValueCasting ValueCasting => inner.ValueCasting;
    public void WriteToParameter(NpgsqlParameter parameter, object? value) => inner.WriteToParameter(parameter, value);
    public void WriteToCleanJson(IBufferWriter<byte> writer, object? value) => inner.WriteToCleanJson(writer, value);
    public string ToJsonWithTypes(object document) => inner.ToJsonWithTypes(document);
    public void WriteToJsonWithTypes(IBufferWriter<byte> writer, object value) => inner.WriteToJsonWithTypes(writer, value);
    public string ToJson(object? document) => inner.ToJson(document);
    public string ToCleanJson(object? document) => inner.ToCleanJson(document);
    public void WriteTo(IBufferWriter<byte> writer, object? document) => inner.WriteTo(writer, document);
    public T FromJson<T>(Stream stream) => inner.FromJson<T>(stream);
    public T FromJson<T>(DbDataReader reader, int index) => inner.FromJson<T>(reader, index);
    public object FromJson(Type type, Stream stream) => inner.FromJson(type, stream);
    public object FromJson(Type type, DbDataReader reader, int index) => inner.FromJson(type, reader, index);
    public ValueTask<T> FromJsonAsync<T>(Stream stream, CancellationToken token = default) => inner.FromJsonAsync<T>(stream, token);
    public ValueTask<object> FromJsonAsync(Type type, Stream stream, CancellationToken token = default) => inner.FromJsonAsync(type, stream, token);

    // The row is in Npgsql's buffer by the time a column of it is deserialised: read it synchronously.
    public ValueTask<T> FromJsonAsync<T>(DbDataReader reader, int index, CancellationToken token = default) => new(inner.FromJson<T>(reader, index));
    public ValueTask<object> FromJsonAsync(Type type, DbDataReader reader, int index, CancellationToken token = default) => new(inner.FromJson(type, reader, index));
}
