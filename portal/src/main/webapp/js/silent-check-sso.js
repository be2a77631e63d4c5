// Runs in the hidden frame keycloak-js opens to check a session without leaving the page: hands
// the answer Keycloak sent back (in this page's address) to the portal page that opened the frame.
parent.postMessage(location.href, location.origin);
