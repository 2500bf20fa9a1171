// Passkeys through Spring Security's endpoints: a signed-in user adds one on the account page
// (#passkey-register), anyone signs in with one from the sign-in page or the second step of a
// sign-in (#passkey-signin). The options and answers travel as JSON with binary parts in base64url.
(function () {
  'use strict';

  function encode(buffer) {
    return window.btoa(String.fromCharCode.apply(null, new Uint8Array(buffer)))
      .replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(text) {
    var binary = window.atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(box, url, body) {
    var headers = { 'Content-Type': 'application/json' };
    headers[box.dataset.csrfHeader] = box.dataset.csrfToken;
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function signIn(box) {
    return post(box, '/webauthn/authenticate/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(box, '/login/webauthn', {
        id: credential.id,
        rawId: encode(credential.rawId),
        response: {
          authenticatorData: encode(response.authenticatorData),
          clientDataJSON: encode(response.clientDataJSON),
          signature: encode(response.signature),
          userHandle: response.userHandle ? encode(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (answer) {
      if (!answer || !answer.authenticated || !answer.redirectUrl) {
        throw new Error('not signed in');
      }
      window.location.href = answer.redirectUrl;
    });
  }

  function register(box, label) {
    return post(box, '/webauthn/register/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.user = Object.assign({}, options.user, { id: decode(options.user.id) });
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(box, '/webauthn/register', {
        publicKey: {
          credential: {
            id: credential.id,
            rawId: encode(credential.rawId),
            response: {
              attestationObject: encode(response.attestationObject),
              clientDataJSON: encode(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          },
          label: label
        }
      });
    }).then(function (answer) {
      if (!answer || !answer.success) {
        throw new Error('not registered');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var signInBox = document.getElementById('passkey-signin');
    if (signInBox) {
      document.getElementById('passkey-signin-button').addEventListener('click', function () {
        if (!window.PublicKeyCredential) {
          window.location.href = '/login?passkeyError';
          return;
        }
        signIn(signInBox).catch(function () {
          window.location.href = '/login?passkeyError';
        });
      });
    }
    var registerBox = document.getElementById('passkey-register');
    if (registerBox) {
      var error = document.getElementById('passkey-error');
      var show = function (text) {
        error.textContent = text;
        error.hidden = false;
      };
      document.getElementById('passkey-add').addEventListener('click', function () {
        error.hidden = true;
        var label = document.getElementById('passkey-label').value.trim();
        if (!label) {
          show(registerBox.dataset.labelMissing);
          document.getElementById('passkey-label').focus();
          return;
        }
        if (!window.PublicKeyCredential) {
          show(registerBox.dataset.unsupported);
          return;
        }
        register(registerBox, label).then(function () {
          window.location.href = '/account?passkeyAdded';
        }).catch(function () {
          show(registerBox.dataset.error);
        });
      });
    }
  });
})();
