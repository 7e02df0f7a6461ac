namespace HealLink.Core.Matching.Embeddings.Onnx;

/// <summary>A call into ONNX Runtime failed; carries its error code and its own message.</summary>
public sealed class OrtException : Exception
{
    public OrtException()
        : this("ONNX Runtime call", OrtErrorCode.Fail, "unknown error")
    {
    }

    public OrtException(string message)
        : this("ONNX Runtime call", OrtErrorCode.Fail, message)
    {
    }

    public OrtException(string message, Exception innerException)
        : base(message, innerException)
    {
        OrtMessage = message;
    }

    public OrtException(string operation, OrtErrorCode code, string ortMessage)
        : base($"ONNX Runtime {operation} failed ({code}): {ortMessage}")
    {
        Code = code;
        OrtMessage = ortMessage;
    }

    public OrtErrorCode Code { get; } = OrtErrorCode.Fail;

    /// <summary>The message exactly as ONNX Runtime gave it.</summary>
    public string OrtMessage { get; } = "";
}
