package org.majlis.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key with which an installation without an identity provider signs the tokens of its own writers (the
 * {@code token} command) and checks them (the service). A PKCS#8 PEM file, made on first use, readable by its owner
 * only: whoever reads it can write to the graph, as whoever reads the database file beside it can.
 */
public record LocalSigningKey(PrivateKey privateKey, PublicKey publicKey) {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    /** Reads the key at the path, or makes one there when there is none. */
    public static LocalSigningKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            int begin = pem.indexOf(BEGIN);
            int end = pem.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(file + " is not a PKCS#8 PEM private key: remove it, and a new key is made"
                        + " (tokens signed with the old one are then refused)");
            }
            byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new LocalSigningKey(key, publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the local signing key " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(file + " is not an RSA private key: remove it, and a new key is made", e);
        }
    }

    /** The public key as quarkus-oidc takes it: base64 of its X.509 encoding. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der) + "\n" + END + "\n";
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(partial);
        }
        Files.writeString(partial, pem, StandardCharsets.US_ASCII);
        try {
            // Two processes making a key at once (the service and the token command): the first one to land wins,
            // and both read that one.
            Files.move(partial, file);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(partial);
        }
    }
}
